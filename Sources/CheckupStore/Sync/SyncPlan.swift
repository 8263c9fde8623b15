import CheckupCore
import Foundation
import PostgresNIO

/// What a push will do, decided from the laptop's inventory and what the server holds: the
/// enterprises, evidence files and sessions to send, and the report a push would give now
/// (`checkup sync status`).
struct SyncPlan {
    /// The report a push would give.
    var report = SyncReport()
    /// Enterprises the server lacks.
    var newEnterprises: [[SyncValue]] = []
    /// Evidence files whose metadata or bytes the server lacks.
    var evidence: [[SyncValue]] = []
    /// Sessions with anything to send, by laptop id, in order.
    var sessions: [Int64] = []

    init(_ inventory: SyncInventory, _ known: SyncServerState, _ connection: PostgresConnection,
         evidenceStore: EvidenceStore? = nil) async throws {
        planEnterprises(inventory, known)
        for row in inventory.evidence {
            guard let sha = row[0].text else { continue }
            if known.evidence.contains(sha) && known.evidenceContent.contains(sha) { continue }
            evidence.append(row)
            if let store = evidenceStore, RegularFile.problem(store.path(for: sha)) != nil {
                report.conflicts.append(.evidenceMissing(sha256: sha, name: row[2].text ?? ""))
                continue
            }
            report.counts.evidence += 1
            if case .integer(let size?) = row[1] { report.counts.evidenceBytes += size }
        }
        try await planSessions(inventory, known, connection)
    }

    private mutating func planEnterprises(_ inventory: SyncInventory, _ known: SyncServerState) {
        for row in inventory.enterprises {
            guard let code = row[0].text else { continue }
            guard let server = known.enterprises[code] else {
                newEnterprises.append(row)
                report.counts.enterprises += 1
                continue
            }
            let differences = Self.differences(row, server)
            if !differences.isEmpty { report.conflicts.append(.enterprise(code: code, differences: differences)) }
        }
    }

    /// The registration fields that differ between the laptop's row and the server's, each as
    /// "field: here …, server …"; a profile field counts only when both sides set it.
    static func differences(_ local: [SyncValue], _ server: [SyncValue]) -> [String] {
        let columns = SyncColumns.enterprise
        var found: [String] = []
        for name in SyncColumns.enterpriseCompared + SyncColumns.enterpriseProfile {
            let index = columns.index(name)
            let here = local[index].text, there = server[index].text
            if here == there { continue }
            if SyncColumns.enterpriseProfile.contains(name) && (here == nil || there == nil) { continue }
            found.append(SyncText.difference.text(name, here ?? "—", there ?? "—"))
        }
        return found
    }

    private mutating func planSessions(_ inventory: SyncInventory, _ known: SyncServerState,
                                       _ connection: PostgresConnection) async throws {
        // Open sessions on the server that a new open session of the laptop would meet.
        var openOnServer: Set<String> = []
        let openCodes = Array(Set(inventory.sessions.filter { $0.status == "open" && known.sessions[$0.uid] == nil }
            .map(\.enterprise)))
        if known.hasSchema, !openCodes.isEmpty {
            for row in try await connection.rows("""
                SELECT enterprise_code, checklist_id, kind FROM session WHERE status = 'open'
                AND enterprise_code = ANY(\(openCodes))
                """) {
                openOnServer.insert(try row[0].decode(String.self) + "\u{0}" + row[1].decode(String.self) + "\u{0}"
                                    + row[2].decode(String.self))
            }
        }
        // Notice numbers the server already gives to other sessions.
        var numbersOnServer: [String: UUID] = [:]
        let numbers = Array(Set(inventory.notices.values.map { $0.number }))
        if known.hasSchema, !numbers.isEmpty {
            for row in try await connection.rows("""
                SELECT n.year, n.number, s.uid FROM notice n JOIN session s ON s.id = n.session_id
                WHERE n.number = ANY(\(numbers))
                """) {
                let year = try row[0].decode(Int64.self), number = try row[1].decode(String.self)
                numbersOnServer["\(year) " + number] = try row[2].decode(UUID.self)
            }
        }
        let hazardsBySession = Dictionary(grouping: inventory.hazards, by: \.session)
        var candidates: [(session: Int64, hazard: SyncInventory.Hazard, localNew: Int)] = []
        for session in inventory.sessions {
            var dirty = false
            if let server = known.sessions[session.uid] {
                if server.id != session.id {
                    report.renumbered.append(SyncRenumbering(kind: "session", local: session.id, server: server.id))
                }
                if Self.statusAdvances(local: session.status, server: server.status) { dirty = true }
            } else {
                if let file = inventory.selfCheckFiles[session.id], let other = known.contentHashes[file.hash],
                   other != file.uid {
                    report.alreadyImported += 1
                    continue
                }
                if session.status == "open",
                   openOnServer.contains(session.enterprise + "\u{0}" + session.checklistID + "\u{0}" + session.kind) {
                    report.conflicts.append(.openSession(local: session.id, enterprise: session.enterprise,
                                                         checklist: session.checklistID))
                    continue
                }
                report.counts.sessions += 1
                dirty = true
            }
            let missing = (inventory.findingHistory[session.id] ?? []).filter { !known.findingHistory.contains($0) }.count
            report.counts.findingChanges += missing
            if missing > 0 { dirty = true }
            if let file = inventory.selfCheckFiles[session.id], !known.selfCheckFiles.contains(file.uid) {
                report.counts.selfCheckFiles += 1
                dirty = true
            }
            if let notice = inventory.notices[session.id], !known.notices.contains(session.uid) {
                if let other = numbersOnServer["\(notice.year) " + notice.number], other != session.uid {
                    report.conflicts.append(.notice(session: session.id, number: notice.number))
                } else {
                    report.counts.notices += 1
                    dirty = true
                }
            }
            for hazard in hazardsBySession[session.id] ?? [] {
                let history = inventory.hazardHistory[hazard.id] ?? []
                guard let server = known.hazards[hazard.uid] else {
                    report.counts.hazards += 1
                    report.counts.hazardChanges += history.count
                    dirty = true
                    continue
                }
                if server.id != hazard.id {
                    report.renumbered.append(SyncRenumbering(kind: "hazard", local: hazard.id, server: server.id))
                }
                let localNew = history.filter { !known.hazardHistory.contains($0.uid) }.count
                if localNew > 0 { candidates.append((session.id, hazard, localNew)) }
            }
            if dirty { sessions.append(session.id) }
        }
        // Hazards changed here since they were pushed: merged, or named as conflicts.
        var serverHistory: [UUID: [SyncHistoryEntry]] = [:]
        for chunk in SyncServerState.chunks(candidates.map { $0.hazard.uid }) {
            for row in try await connection.rows("""
                SELECT h.uid, hh.uid, hh.from_status, hh.to_status, hh.changed_at FROM hazard_history hh
                JOIN hazard h ON h.id = hh.hazard_id WHERE h.uid = ANY(\(chunk))
                """) {
                serverHistory[try row[0].decode(UUID.self), default: []].append(SyncHistoryEntry(
                    uid: try row[1].decode(UUID.self), from: try row[2].decode(String?.self),
                    to: try row[3].decode(String.self), at: PostgresDate.read(try row[4].decode(Date.self))))
            }
        }
        var extra: Set<Int64> = []
        for candidate in candidates {
            let merge = SyncHistoryMerge(local: inventory.hazardHistory[candidate.hazard.id] ?? [],
                                         server: serverHistory[candidate.hazard.uid] ?? [])
            switch merge {
            case .nothingNew: break
            case .fastForward, .merged:
                report.counts.hazardChanges += candidate.localNew
                extra.insert(candidate.session)
            case .conflict(let here, let there):
                report.conflicts.append(.hazard(local: candidate.hazard.id, server: known.hazards[candidate.hazard.uid]?.id ?? 0,
                                                localStatus: here, serverStatus: there))
            }
        }
        if !extra.isEmpty {
            sessions = Array(Set(sessions).union(extra)).sorted()
        }
    }

    /// Whether the laptop's session status moves the server's on: an open session completed or
    /// abandoned here, or a completed self-check superseded here.
    static func statusAdvances(local: String, server: String) -> Bool {
        (server == "open" && local != "open") || (server == "completed" && local == "superseded")
    }
}
