import CheckupCore
import CheckupImport
import CheckupReports
import CheckupServer
import CheckupStore
import Foundation

/// The steps of `checkup demo`, each printing one line of what it did.
struct DemoRunner {
    let output: String
    let samples: String
    let station: Station
    let store: any SelfCheckStore
    let now: Date
    let language: Language
    /// The database as the last line names it.
    let database: String

    /// `server`, a `postgresql://` URL, runs the demo in that database (which must hold no
    /// enterprises: the demo never deletes a district's data); without it, in a fresh SQLite file
    /// in `output`.
    init(output: String, samples: String, catalog: ChecklistCatalog, now: Date, language: Language,
         server: String? = nil) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: output, withIntermediateDirectories: true)
        // A fresh database each run: remove only what the demo itself creates.
        for name in ["checkup.sqlite", "checkup.sqlite-wal", "checkup.sqlite-shm", "evidence"] {
            try? manager.removeItem(atPath: (output as NSString).appendingPathComponent(name))
        }
        let file = (output as NSString).appendingPathComponent("checkup.sqlite")
        if let server {
            store = try StationDatabase.open(server, creating: true)
            let url = try PostgresURL(server)
            let registered = try store.enterprises(township: nil).count
            if registered > 0 { throw CLIError(PostgresText.demoNotEmpty.text(url.display, registered)) }
            database = url.display
        } else {
            store = try SQLiteStationStore(path: file)
            database = file
        }
        station = Station(store: store, catalog: catalog, evidence: EvidenceStore.beside(database: file))
        self.output = output
        self.samples = samples
        self.now = now
        self.language = language
    }

    func say(_ line: String) {
        Terminal.output(line + "\n")
    }

    func path(_ name: String) -> String {
        (output as NSString).appendingPathComponent(name)
    }

    func run() throws {
        say(DemoText.start.text(output, Timestamp.iso(now), in: language))
        try setIdentity()
        try validateCatalog()
        try registerEnterprises()
        try importSelfChecks()
        try replayInspections()
        try rectify()
        try writeReports()
        say("")
        say(DemoText.database.text(database, in: language))
    }

    /// The demo station's identity, so that its papers show where it is set.
    static let identity = StationIdentity(
        name: "金东区安全生产体检站", shortName: "金东体检站", noticePrefix: "金东安体",
        address: "金华市金东区示例路1号（演示）", phone: "0579-8000 0000", district: "金东区")

    func setIdentity() throws {
        try store.saveStationIdentity(Self.identity, now: now)
        say(StationText.demoLine.text(Self.identity.name ?? "", Self.identity.noticePrefix ?? "", in: language))
    }

    func validateCatalog() throws {
        let (loaded, problems) = station.catalog.all()
        for problem in problems { Terminal.error("\(problem)") }
        if !problems.isEmpty { throw CLIError(DemoText.invalidCatalog.text(in: language)) }
        let items = loaded.map(\.checklist.items.count).reduce(0, +)
        let editions = loaded.map { "\($0.checklist.id) \($0.checklist.version)" }.joined(separator: ", ")
        say(DemoText.checklists.text(loaded.count, items, editions, in: language))
    }

    func registerEnterprises() throws {
        let file = (samples as NSString).appendingPathComponent("enterprises.csv")
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw CLIError(DemoText.cannotRead.text(file, in: language))
        }
        let result = try EnterpriseCSV.read(text, allowInvalidCodes: false)
        for problem in result.problems { Terminal.error("\(file):\(problem.line):1: \(problem.message)") }
        _ = try store.saveEnterprises(result.enterprises, now: now)
        let towns = Set(result.enterprises.map(\.township)).sorted().joined(separator: ", ")
        say(DemoText.enterprises.text(result.enterprises.count, towns, in: language))
    }

    func importSelfChecks() throws {
        let directory = (samples as NSString).appendingPathComponent("selfchecks")
        let importer = SelfCheckImporter(catalog: try SelfCheckCatalog(catalog: station.catalog), store: store,
                                         options: SelfCheckImporter.Options(register: false, now: now))
        let summary = try importer.run(paths: [directory], outcome: { outcome in
            for line in SelfCheckImportReport.lines(outcome).stderr { Terminal.error(line) }
        })
        let hazards = try store.hazards(HazardFilter()).filter { $0.source == .selfCheck }.count
        say(DemoText.selfChecks.text(summary.imported + summary.superseded, directory, summary.superseded,
                                     summary.duplicates, summary.refused, hazards, in: language))
    }

    func replayInspections() throws {
        let directory = (samples as NSString).appendingPathComponent("inspections")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        var sessions = 0
        var answers = 0
        var hazards = 0
        for name in files {
            let file = (directory as NSString).appendingPathComponent(name)
            guard let text = FileManager.default.contents(atPath: file).flatMap({ String(data: $0, encoding: .utf8) }) else {
                throw CLIError(DemoText.cannotRead.text(file, in: language))
            }
            let script: InspectionScript
            do {
                script = try InspectionScript.parse(text)
            } catch {
                throw CLIError("\(file):\(error)")
            }
            let result = try station.replay(script)
            for refusal in result.refusals { Terminal.error("\(file): \(refusal)") }
            sessions += 1
            answers += result.answers
            hazards += result.hazards.count
        }
        say(DemoText.inspections.text(sessions, directory, answers, hazards, in: language))
    }

    /// Moves hazards the way a month at a station does: most general hazards rectified and
    /// verified, major hazards into rectification with their five measures, one verification
    /// refused.
    func rectify() throws {
        let hazards = try store.hazards(HazardFilter()).filter { $0.status == .open && $0.source == .inspection }
        var verified = 0
        var rectifying = 0
        var refused = 0
        for (index, hazard) in hazards.enumerated() {
            let reported = min(hazard.foundAt.addingTimeInterval(5 * 86_400), now)
            let contact = (try store.enterprise(hazard.enterpriseCode)?.contact)?.split(separator: " ").first.map(String.init) ?? "企业"
            if hazard.severity == .major {
                let measures = FiveMeasures(responsible: contact, measures: hazard.remedy ?? "按整改要求落实",
                                            funds: "已列支专项资金", timeLimit: Timestamp.day(hazard.deadline),
                                            plan: "已制定专项应急预案并告知网格员")
                try escalate(hazard, number: rectifying)
                let plan = try remediationPlan(for: hazard)
                _ = try store.changeHazard(hazard.id) {
                    try HazardRules.update($0, to: .rectifying, measures: measures, note: "五落实已报送",
                                           remediationPlan: plan, by: contact, at: reported)
                }
                rectifying += 1
                continue
            }
            if index % 4 == 3 { continue }  // some general hazards are still open: the ledger shows overdue ones
            _ = try store.changeHazard(hazard.id) {
                try HazardRules.update($0, to: .rectifying, measures: FiveMeasures(), note: nil, by: contact, at: reported)
            }
            _ = try store.changeHazard(hazard.id) {
                try HazardRules.update($0, to: .rectified, measures: FiveMeasures(), note: "已整改，附照片", by: contact,
                                       at: reported.addingTimeInterval(3 * 86_400))
            }
            let inspection = reported.addingTimeInterval(6 * 86_400)
            if index % 5 == 4 {
                _ = try store.changeHazard(hazard.id) {
                    try HazardRules.verify($0, by: "张伟", at: min(inspection, now), refuse: true, reason: "整改不彻底，需继续整改")
                }
                refused += 1
            } else {
                _ = try store.changeHazard(hazard.id) {
                    try HazardRules.verify($0, by: "张伟", at: min(inspection, now), refuse: false, reason: nil)
                }
                verified += 1
            }
        }
        say(DemoText.rectification.text(verified, rectifying, refused, in: language))
        // The station's counts as every report gives them (HazardTally: fixes on site apart).
        let tally = HazardTally(try store.hazards(HazardFilter()), now: now)
        say("   " + TallyText.summary.text(tally.found, tally.verified, tally.fixedOnSite, tally.awaitingVerification,
                                          tally.open, tally.overdue, in: language))
    }

    /// The enterprise's remediation plan (治理方案) of a major hazard: a short text file written
    /// into the output directory and kept in the evidence store, as a scan would be.
    func remediationPlan(for hazard: Hazard) throws -> EvidenceRef {
        let file = path("治理方案-\(hazard.id).txt")
        try AtomicFile.write("重大事故隐患治理方案\n隐患：\(hazard.itemTitle)\n治理目标：\(hazard.remedy ?? "消除隐患")\n",
                             to: file)
        return try station.evidence.add(file: file)
    }

    /// Reports the demo's major hazards as a station would, but one: the first is also listed
    /// for supervision (挂牌督办) with work stopped in its area; the third is left unreported, so
    /// the township report shows one.
    func escalate(_ hazard: Hazard, number: Int) throws {
        guard number != 2 else { return }
        let day = hazard.foundAt.addingTimeInterval(86_400)
        _ = try store.changeHazard(hazard.id) {
            try EscalationRules.escalate($0, to: "金东区应急管理局", reference: "孝顺安体报〔2026〕\(number + 1)号", at: day,
                                         by: "张伟", recordedBy: "张伟")
        }
        guard number == 0 else { return }
        _ = try store.changeHazard(hazard.id) {
            try EscalationRules.supervise($0, number: "金东督〔2026〕1号", authority: "金东区安全生产委员会办公室",
                                          at: day.addingTimeInterval(86_400), by: "张伟")
        }
        _ = try store.changeHazard(hazard.id) {
            try EscalationRules.stopWork($0, scope: "隐患所在区域局部停产，撤出作业人员", at: day, by: "张伟")
        }
    }

    /// The documents that leave the station, written atomically into the output directory.
    func writeReports() throws {
        say(DemoText.reports.text(in: language))
        let inspections = try store.sessions(enterprise: nil, checklistID: nil, kind: .inspection, status: .completed)
            .sorted { $0.id < $1.id }
        for session in inspections {
            let notice = try station.notice(session: session.id, issuer: NoticeIssuer(explicit: nil, stored: Self.identity),
                                            now: now, language: language)
            let name = "notice-\(session.id)-\(session.enterpriseCode).html"
            try AtomicFile.write(try notice.html(template: nil), to: path(name))
            if session.id == inspections.first?.id {
                try AtomicFile.write(try notice.markdown(template: nil), to: path("notice-\(session.id)-\(session.enterpriseCode).md"))
            }
        }
        say(DemoText.notices.text(path("notice-*.html"), inspections.count, in: language))
        let ledger = try store.ledger(LedgerQuery(), now: now, language: language)
        try AtomicFile.write(ledger.csv(), to: path("ledger.csv"))
        try AtomicFile.write(try ledger.xlsx(), to: path("ledger.xlsx"))
        say(DemoText.ledger.text(path("ledger.csv"), path("ledger.xlsx"), in: language))
        let townships = Set(try store.enterprises(township: nil).map(\.township)).sorted()
        for township in townships {
            let report = try station.townshipReport(township, period: ScorePeriod(), now: now, language: language)
            try AtomicFile.write(try report.html(), to: path("township-\(township).html"))
            try AtomicFile.write(try JSONOutput.encode(report.json()), to: path("township-\(township).json"))
            say(DemoText.township.text(path("township-\(township).html"), in: language))
        }
    }
}
