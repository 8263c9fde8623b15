import CheckupCore
import Foundation
import GRDB
import Synchronization
import Testing
@testable import CheckupStore

/// Escalation, 挂牌督办, stop-work and remediation plans stored and read back; notice numbers
/// issued per year and kept (migration `v10-hazard-escalation`).
@Suite("Escalation and notice numbers in the store")
struct EscalationStoreTests {
    static let day: TimeInterval = 86_400
    static let plan = EvidenceRef(sha256: String(repeating: "ab", count: 32), originalName: "治理方案.pdf", size: 2048)
    static let all = FiveMeasures(responsible: "王五", measures: "签协议", funds: "1万元", timeLimit: "12月", plan: "预案")

    /// A completed inspection whose m2 (major) fails: returns the major hazard's id.
    static func majorHazard(_ fixture: StoreFixture, at now: Date = StoreFixture.now) throws -> Hazard {
        let opened = try fixture.station.startOrResume(checklist: "mini", enterprise: StoreFixture.code, inspectors: ["张三"],
                                                       profile: nil, now: now)
        try fixture.station.record(Answer(itemID: "m2", result: .fail, note: "未签协议"), in: opened, by: "张三", now: now)
        let (_, hazards) = try fixture.station.complete(opened, now: now)
        return try #require(hazards.first { $0.severity == .major })
    }

    @Test(arguments: Backend.all) func anEscalatedListedStoppedHazardReadsBackAsItWasWritten(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let hazard = try Self.majorHazard(fixture)
        let at = StoreFixture.now.addingTimeInterval(Self.day)
        _ = try fixture.store.changeHazard(hazard.id) {
            try EscalationRules.escalate($0, to: "区应急管理局", reference: "孝安报〔2026〕1号", at: at, by: "张三",
                                         recordedBy: "station")
        }
        _ = try fixture.store.changeHazard(hazard.id) {
            try EscalationRules.supervise($0, number: "督〔2026〕1号", authority: "区安委办", at: at, by: "张三")
        }
        _ = try fixture.store.changeHazard(hazard.id) {
            try EscalationRules.stopWork($0, scope: "二号车间", at: at, by: "张三")
        }
        let written = try fixture.store.changeHazard(hazard.id) {
            try HazardRules.update($0, to: .rectifying, measures: Self.all, note: nil, remediationPlan: Self.plan,
                                   by: "王五", at: at)
        }
        let read = try #require(try fixture.store.hazard(hazard.id))
        #expect(read == written)
        #expect(read.escalations.first?.reference == "孝安报〔2026〕1号" && read.supervision?.number == "督〔2026〕1号")
        #expect(read.stopWork?.scope == "二号车间" && read.remediationPlan == Self.plan)
        var streamed: [Hazard] = []
        try fixture.store.forEachHazard(HazardFilter(session: hazard.sessionID)) { streamed.append($0) }
        #expect(streamed.first { $0.id == hazard.id } == written)
        let events = try fixture.store.hazardHistory(hazard.id).map(\.event)
        #expect(events == [nil, .escalated, .supervised, .stopWork, .planAttached])
    }

    @Test(arguments: Backend.all) func verificationLiftsStopWorkInTheStoreAndDelistingFollows(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let hazard = try Self.majorHazard(fixture)
        let at = StoreFixture.now
        _ = try fixture.store.changeHazard(hazard.id) {
            try EscalationRules.supervise($0, number: "1号", authority: "区安委办", at: at, by: "张三")
        }
        _ = try fixture.store.changeHazard(hazard.id) { try EscalationRules.stopWork($0, scope: "全厂", at: at, by: "张三") }
        #expect(throws: EscalationError.notVerified(hazard.id, .open)) {
            try fixture.store.changeHazard(hazard.id) { try EscalationRules.delist($0, at: at, by: "张三", note: nil) }
        }
        _ = try fixture.store.changeHazard(hazard.id) {
            try HazardRules.update($0, to: .rectifying, measures: Self.all, note: nil, remediationPlan: Self.plan, by: "王五", at: at)
        }
        _ = try fixture.store.changeHazard(hazard.id) {
            try HazardRules.update($0, to: .rectified, measures: FiveMeasures(), note: nil, by: "王五", at: at)
        }
        let verifiedAt = at.addingTimeInterval(5 * Self.day)
        _ = try fixture.store.changeHazard(hazard.id) {
            try HazardRules.verify($0, by: "张三", at: verifiedAt, refuse: false, reason: "资料齐全")
        }
        let verified = try #require(try fixture.store.hazard(hazard.id))
        #expect(verified.stopWork?.clearedAt == verifiedAt && verified.verificationNote == "资料齐全")
        _ = try fixture.store.changeHazard(hazard.id) { try EscalationRules.delist($0, at: verifiedAt, by: "张三", note: nil) }
        #expect(try fixture.store.hazard(hazard.id)?.supervision?.delistedAt == verifiedAt)
        #expect(try fixture.store.hazardHistory(hazard.id).last?.event == .delisted)
    }

    @Test(arguments: Backend.all) func noticeNumbersRunOnPerYearAndAreKept(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let first = try Self.majorHazard(fixture).sessionID
        let second = try Self.majorHazard(fixture).sessionID
        let third = try Self.majorHazard(fixture).sessionID
        let format: (Int) -> String = { "孝顺安体〔2026〕第\($0)号" }
        #expect(try fixture.store.issueNotice(session: second, year: 2026, at: StoreFixture.now, number: format).serial == 1)
        #expect(try fixture.store.issueNotice(session: first, year: 2026, at: StoreFixture.now, number: format).serial == 2)
        let again = try fixture.store.issueNotice(session: second, year: 2026, at: StoreFixture.now) { _ in "另一个" }
        #expect(again.serial == 1 && again.number == "孝顺安体〔2026〕第1号")
        #expect(try fixture.store.issueNotice(session: third, year: 2027, at: StoreFixture.now, number: format).serial == 1)
        #expect(try fixture.store.issuedNotice(session: first)?.number == "孝顺安体〔2026〕第2号")
    }

    @Test(arguments: Backend.all) func twoConnectionsIssuingAtOnceNeverShareANumber(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        var created: [Int64] = []
        for _ in 0..<12 { created.append(try Self.majorHazard(fixture).sessionID) }
        let sessions = created
        let other = try fixture.reopened()
        let stores = [fixture.store, other]
        let serials = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: sessions.count) { index in
            let issued = try? stores[index % 2].issueNotice(session: sessions[index], year: 2026, at: StoreFixture.now) { "\($0)" }
            serials.withLock { $0.append(issued?.serial ?? 0) }
        }
        #expect(serials.withLock { $0.sorted() } == Array(1...12))
    }

    @Test(arguments: Backend.all) func theLedgerSessionsCarryInspectorsAndTheIssuedNumber(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let hazard = try Self.majorHazard(fixture)
        _ = try fixture.store.issueNotice(session: hazard.sessionID, year: 2026, at: StoreFixture.now) { "第\($0)号" }
        let sessions = try fixture.store.hazardSessions(HazardFilter())
        #expect(sessions[hazard.sessionID] == HazardSessionInfo(sessionID: hazard.sessionID, inspectors: ["张三"],
                                                                 noticeNumber: "第1号"))
    }

    @Test func theMigrationKeepsTheLastReinspectionsNoteOfHazardsVerifiedBefore() throws {
        let fixture = try StoreFixture()
        let hazard = try Self.majorHazard(fixture)
        let queue = try DatabaseQueue(path: fixture.sqlite.path)
        try queue.write { db in
            // As an older Checkup left it: a refusal in the history, no note column filled.
            try db.execute(sql: """
                INSERT INTO hazard_history (hazard_id, from_status, to_status, changed_by, changed_at, note)
                VALUES (?, 'rectified', 'rectifying', '张三', '2026-11-30 01:00:00.000', '复查未通过：协议未盖章')
                """, arguments: [hazard.id])
            try db.execute(sql: "UPDATE hazard SET status = 'rectifying', verification_note = NULL WHERE id = ?",
                           arguments: [hazard.id])
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v10-hazard-escalation'")
            try db.execute(sql: "DROP TABLE notice")
            try db.execute(sql: "ALTER TABLE hazard_history DROP COLUMN event")
            for column in ["escalations", "supervision_number", "supervision_authority", "supervised_at", "delisted_at",
                           "stop_work_scope", "stop_work_at", "stop_work_cleared_at", "remediation_plan", "verification_note"] {
                try db.execute(sql: "ALTER TABLE hazard DROP COLUMN \(column)")
            }
        }
        let reopened = try SQLiteStationStore(path: fixture.sqlite.path)
        #expect(try reopened.hazard(hazard.id)?.verificationNote == "协议未盖章")
    }
}
