import CheckupImport
import CheckupCore
@testable import CheckupStore
import Foundation
import GRDB
import Testing

/// Imported self-checks are stored as one `selfcheck_answers` row per session and read back as
/// the findings the older one-row-per-answer form gave.
@Suite("Self-check answers")
struct SelfCheckAnswersTests {
    static let performer = "王建华"
    static let performedAt = Timestamp.parse("2026-11-02T09:30:00+08:00") ?? Date()

    /// Answers of gm-general items that apply to 锦程 (机械), with every kind of note text.
    static let hostileResults: [SelfCheckResult] = [
        SelfCheckResult(itemID: "mgmt-01", status: .pass),
        SelfCheckResult(itemID: "mgmt-02", status: .na),
        SelfCheckResult(itemID: "mgmt-04", status: .fail, note: #"检查员说 "通道堵塞" 'quoted'"#),
        SelfCheckResult(itemID: "mgmt-05", status: .pass, note: #"C:\安全\台账\ and \\server\share\""#),
        SelfCheckResult(itemID: "contractors-01", status: .fail, note: "第一行\n第二行\r\n第三行\r"),
        SelfCheckResult(itemID: "contractors-02", status: .pass, note: "列1\t列2\t"),
        SelfCheckResult(itemID: "contractors-03", status: .na, note: "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1B}\u{1F}\u{7F} control"),
        SelfCheckResult(itemID: "special-ops-01", status: .fail, note: "灭火器压力不足，未按月检查（二号仓库）"),
        SelfCheckResult(itemID: "special-ops-02", status: .pass, note: "🔥🧯👷🏽‍♀️ e\u{301} 𠮷"),
        SelfCheckResult(itemID: "special-ops-03", status: .pass, note: ""),
        SelfCheckResult(itemID: "special-ops-04", status: .fail, note: "</note>]]>\u{2028}\u{2029}/ \u{FEFF}"),
        SelfCheckResult(itemID: "dust-01", status: .pass, note: String(repeating: "长备注\\“引号”\n", count: 2000)),
    ]

    /// Stores `results` as one self-check of 锦程 through the bulk writer and returns its session.
    static func store(_ results: [SelfCheckResult], in station: SelfCheckStation) throws -> Int64 {
        let catalog = try SelfCheckCatalog(catalog: station.catalog)
        let entry = try #require(catalog.match(id: "gm-general", version: "2026.1").entry)
        let document = SelfCheckDocument(
            checklistID: "gm-general", checklistVersion: "2026.1",
            enterprise: SelfCheckEnterprise(creditCode: SelfCheckStation.jincheng, name: "金华市锦程机械制造有限公司",
                                            township: "孝顺镇", industry: "机械"),
            performedAtText: "2026-11-02T09:30:00+08:00", performedBy: performer, results: results)
        var pending = [SelfCheckSubmission(file: "direct.xml", contentHash: String(repeating: "ab", count: 32),
                                           document: document, performedAt: performedAt, checklist: entry.loaded,
                                           index: entry.index)]
        var outcomes: [SelfCheckStoreOutcome] = []
        try station.store.storeSelfChecks(register: false, now: SelfCheckStation.now, next: { pending.popLast() },
                                          committed: { outcomes += $0 })
        return try #require(outcomes.first?.session, "\(outcomes)")
    }

    @Test func answersWithHostileNotesReadBackAsTheFindingsTheyWere() throws {
        let station = try SelfCheckStation()
        let session = try Self.store(Self.hostileResults, in: station)
        let findings = try station.store.findings(session: session)
        #expect(findings == Self.hostileResults.map {
            Finding(sessionID: session, answer: $0.answer, recordedBy: Self.performer, recordedAt: Self.performedAt)
        })
        // String equality is canonical equivalence; the bytes must be the same too.
        #expect(findings.map { $0.answer.note.map { Array($0.utf8) } } == Self.hostileResults.map { $0.note.map { Array($0.utf8) } })
        #expect(findings.map(\.answer.major) == Array(repeating: false, count: findings.count))
    }

    /// The whole way from a file: notes with XML character references for quotes, tabs and
    /// line breaks, backslashes, Chinese and emoji read back as the reader read them.
    @Test func anImportedFileReadsBackAsTheReaderReadIt() throws {
        let station = try SelfCheckStation()
        let path = try station.write("hostile.xml", SelfCheckStation.text(results: #"""
              <result item="mgmt-01" status="pass"/>
              <result item="mgmt-02" status="na"><note>&quot;引号&quot; 'apostrophe' \反斜杠\ C:\temp\</note></result>
              <result item="mgmt-04" status="fail"><note>第一行&#10;第二行&#13;&#10;列1&#9;列2 &lt;tag&gt; &amp;</note></result>
              <result item="mgmt-05" status="pass"><note>灭火器🔥🧯 检查 e&#x301;</note></result>
            """#))
        let (outcomes, _) = try station.importing([path])
        let session = try #require(outcomes.first?.outcome.session, "\(outcomes)")
        let document = try SelfCheckReader.read(file: path, schema: nil)
        let findings = try station.store.findings(session: session)
        #expect(findings.map(\.answer) == document.results.map(\.answer))
        #expect(findings.map { $0.answer.note.map { Array($0.utf8) } } == document.results.map { $0.note.map { Array($0.utf8) } })
        #expect(document.results[2].note?.contains("\n第二行\r\n列1\t列2 <tag> &") == true)
    }

    /// The rows a submission prepares when it is made follow later changes to it.
    @Test func aSubmissionChangedAfterItWasMadeStoresWhatItSaysNow() throws {
        let station = try SelfCheckStation()
        let catalog = try SelfCheckCatalog(catalog: station.catalog)
        let entry = try #require(catalog.match(id: "gm-general", version: "2026.1").entry)
        let document = SelfCheckDocument(
            checklistID: "gm-general", checklistVersion: "2026.1",
            enterprise: SelfCheckEnterprise(creditCode: SelfCheckStation.jincheng, name: "锦程", township: "孝顺镇"),
            performedAtText: "2026-11-02T09:30:00+08:00", performedBy: Self.performer,
            results: [SelfCheckResult(itemID: "mgmt-01", status: .pass)])
        var submission = SelfCheckSubmission(file: "changed.xml", contentHash: String(repeating: "cd", count: 32),
                                             document: document, performedAt: Self.performedAt, checklist: entry.loaded,
                                             index: entry.index)
        submission.document.results = [SelfCheckResult(itemID: "mgmt-04", status: .fail, note: "改过")]
        var pending = [submission]
        var outcomes: [SelfCheckStoreOutcome] = []
        try station.store.storeSelfChecks(register: false, now: SelfCheckStation.now, next: { pending.popLast() },
                                          committed: { outcomes += $0 })
        let session = try #require(outcomes.first?.session)
        #expect(try station.store.findings(session: session).map(\.answer) == [Answer(itemID: "mgmt-04", result: .fail, note: "改过")])
        #expect(try station.store.hazards(HazardFilter(session: session)).map(\.itemID) == ["mgmt-04"])
    }

    @Test func theAnswersColumnIsCompactJSONWithEscapesOnlyWhereRFC8259AsksForThem() throws {
        let station = try SelfCheckStation()
        let session = try Self.store([
            SelfCheckResult(itemID: "mgmt-01", status: .pass),
            SelfCheckResult(itemID: "mgmt-04", status: .fail, note: "a\"b\\c\nd\r\t\u{1}\u{8}\u{C}\u{1F}\u{7F}é/"),
        ], in: station)
        let text = try station.sqlite.read { db in
            try String.fetchOne(db, sql: "SELECT answers FROM selfcheck_answers WHERE session_id = ?", arguments: [session])
        }
        #expect(text == #"[["mgmt-01","pass"],["mgmt-04","fail","a\"b\\c\nd\r\t\u0001\b\f\u001f"# + "\u{7F}é/\"]]")
    }

    /// Random notes of quotes, backslashes, every control character, ASCII, Chinese and emoji,
    /// at every offset of the encoder's eight-byte scan, parsed back by Foundation's own parser.
    @Test func encodedAnswersAreJSONThatParsesBackToTheSameText() throws {
        let pieces: [String] = ["\"", "\\", "/", "a", "Z", " ", "~", "\u{7F}", "é", "中", "隐患", "🔥", "👷🏽‍♀️", "\u{2028}"]
            + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        var state: UInt64 = 0x5EED
        func random(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let results = (0..<2000).map { n in
            SelfCheckResult(itemID: "item-\(n)", status: ItemResult.allCases[n % 4],
                            note: n % 7 == 0 ? nil : (0..<random(40)).map { _ in pieces[random(pieces.count)] }.joined())
        }
        let bytes = SelfCheckAnswers.encode(results)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String]])
        #expect(parsed.map { $0.count } == results.map { $0.note == nil ? 2 : 3 })
        #expect(parsed.map { Array($0[0].utf8) } == results.map { Array($0.itemID.utf8) })
        #expect(parsed.map { $0[1] } == results.map(\.status.rawValue))
        #expect(parsed.map { $0.count == 3 ? Array($0[2].utf8) : nil } == results.map { $0.note.map { Array($0.utf8) } })
    }

    @Test func anImportedSelfCheckStoresNoFindingRows() throws {
        let station = try SelfCheckStation()
        let (outcomes, _) = try station.importing([try station.sample("02-jincheng-2026-11-02.xml")])
        let session = try #require(outcomes.first?.outcome.session)
        let counts = try station.sqlite.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM finding WHERE session_id = ?", arguments: [session]),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM selfcheck_answers WHERE session_id = ?", arguments: [session]))
        }
        #expect(counts.0 == 0 && counts.1 == 1)
        #expect(try station.store.findings(session: session).count > 0)
    }

    /// A station database of schema v3 (before `selfcheck_answers`) with a self-check stored as
    /// `finding` rows, the way imports wrote it then, opened by the current store.
    @Test func aSelfCheckStoredAsFindingRowsBeforeTheMigrationStillReads() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-v3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("station.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StationMigrations.migrator.migrate(queue, upTo: "v3-hazards")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO enterprise (credit_code, name, township, industry, code_valid, registered_at)
                    VALUES ('\(SelfCheckStation.jincheng)', '锦程', '孝顺镇', '机械', 1, '2026-10-01 00:00:00.000');
                    INSERT INTO checklist_snapshot (hash, checklist_id, version, content) VALUES ('h', 'gm-general', '2026.1', x'00');
                    INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash, profile_id,
                                         inspectors, status, started_at, completed_at)
                    VALUES ('self-check', '\(SelfCheckStation.jincheng)', 'gm-general', '2026.1', 'h', NULL, '["王建华"]',
                            'completed', '2026-11-02 01:30:00.000', '2026-11-02 01:30:00.000');
                    INSERT INTO finding (session_id, item_id, result, note, major, fixed_on_site, evidence, recorded_by, recorded_at, seq)
                    VALUES (1, 'mgmt-04', 'fail', '三名新员工"未培训"', 0, 0, '[]', '王建华', '2026-11-02 01:30:00.000', 2),
                           (1, 'mgmt-01', 'pass', NULL, 0, 0, '[]', '王建华', '2026-11-02 01:30:00.000', 1),
                           (1, 'mgmt-02', 'na', NULL, 0, 0, '[]', '王建华', '2026-11-02 01:30:00.000', 3);
                    """)
            }
        }
        let store = try SQLiteStationStore(path: path)
        let findings = try store.findings(session: 1)
        #expect(findings == [
            Answer(itemID: "mgmt-01", result: .pass),
            Answer(itemID: "mgmt-04", result: .fail, note: #"三名新员工"未培训""#),
            Answer(itemID: "mgmt-02", result: .na),
        ].map { Finding(sessionID: 1, answer: $0, recordedBy: "王建华", recordedAt: Self.performedAt) })
    }

    @Test(arguments: [
        "answers = 'not json'",
        "answers = '{}'",
        #"answers = '[["mgmt-01"]]'"#,
        #"answers = '[["mgmt-01","maybe"]]'"#,
        #"answers = '[["mgmt-01","pass","note","extra"]]'"#,
        #"answers = '[["mgmt-01","pass",null]]'"#,
        #"answers = '[[1,"pass"]]'"#,
        #"answers = '[["mgmt-01","pass"]'"#,
        "answers = x'ff00'",
        "recorded_at = 'yesterday'",
    ])
    func aCorruptAnswersRowIsAStoreErrorNotACrash(change: String) throws {
        let station = try SelfCheckStation()
        let session = try Self.store([SelfCheckResult(itemID: "mgmt-01", status: .pass)], in: station)
        try station.sqlite.write { db in
            try db.execute(sql: "UPDATE selfcheck_answers SET \(change) WHERE session_id = ?", arguments: [session])
        }
        let error = #expect(throws: StoreError.self) { try station.store.findings(session: session) }
        switch error {
        case .database(let reason)?:
            #expect(reason.contains("self-check answers of session \(session) are corrupt"), "\(reason)")
        case .corruptRow(let table, let row, _, _)?:
            // A value of the wrong kind (RowReader) names the table and the session.
            #expect(table == "selfcheck_answers" && row == "\(session)")
        default:
            Issue.record("expected a database error, got \(String(describing: error))")
        }
    }
}
