import CheckupCore
import Foundation

/// Which hazards a ledger covers: township, found dates (whole station-time days, both ends
/// inclusive) and status.
public struct LedgerQuery: Sendable, Hashable {
    /// Only this township.
    public var township: String?
    /// Found on or after this day.
    public var from: StationDay?
    /// Found on or before this day (the whole day).
    public var to: StationDay?
    /// Only this status.
    public var status: HazardStatus?

    /// Creates a query; nil fields do not filter.
    public init(township: String? = nil, from: StationDay? = nil, to: StationDay? = nil, status: HazardStatus? = nil) {
        self.township = township
        self.from = from
        self.to = to
        self.status = status
    }

    /// The store filter: found at or after the start of `from`, before the start of the day
    /// after `to`.
    public var hazardFilter: HazardFilter {
        HazardFilter(township: township, status: status, from: from?.start, to: to?.next.start)
    }
}

/// The hazard ledger (隐患台账): one row per hazard with every field a township keeps, as of a
/// given moment (overdue days are derived from it).
///
/// Rows are made on demand from the hazards, so exporting 200,000 of them never holds 200,000
/// rows of formatted text. Free text is cleaned once here for every format alike: line breaks
/// become LF, and control characters that XML 1.0 forbids (and U+FFFE/U+FFFF) are dropped, so
/// the CSV and the XLSX of a ledger hold the same cells.
public struct HazardLedger: Sendable {
    /// The columns, in order.
    public enum Column: Int, CaseIterable, Sendable {
        case number, found, enterprise, creditCode, township, item, layer, severity, description, basis, remedy
        case deadline, status, responsible, verified, overdueDays, source
        // Added by issue 18, after the columns above so that those keep their positions.
        case hazardID, noticeNumber, inspectors, place, category, industry, contact, measures, funds, timeLimit
        case plan, remediationPlan, rectified, verifiedBy, opinion, evidenceCount, escalated, supervised

        /// What a column holds.
        public enum Kind: Sendable {
            /// Free or coded text.
            case text
            /// A whole number.
            case number
            /// A station-time day.
            case date
        }

        /// The header in `language`.
        public func header(_ language: Language) -> String {
            let names: (String, String) = switch self {
            case .number: ("序号", "No.")
            case .found: ("发现日期", "Found")
            case .enterprise: ("企业名称", "Enterprise")
            case .creditCode: ("统一社会信用代码", "Credit code")
            case .township: ("乡镇", "Township")
            case .item: ("检查项", "Item")
            case .layer: ("防控层级", "Layer")
            case .severity: ("隐患级别", "Severity")
            case .description: ("隐患描述", "Description")
            case .basis: ("依据", "Basis")
            case .remedy: ("整改要求", "Remedy")
            case .deadline: ("整改期限", "Deadline")
            case .status: ("状态", "Status")
            case .responsible: ("责任人", "Responsible")
            case .verified: ("销号日期", "Verified")
            case .overdueDays: ("逾期天数", "Overdue days")
            case .source: ("来源", "Source")
            default: (extraHeader(.zh), extraHeader(.en))
            }
            return language == .zh ? names.0 : names.1
        }

        /// The headers of the columns issue 18 added, from the catalog.
        private func extraHeader(_ language: Language) -> String {
            let text: EscalationText = switch self {
            case .hazardID: .colHazardID
            case .noticeNumber: .colNoticeNumber
            case .inspectors: .colInspectors
            case .place: .colPlace
            case .category: .colCategory
            case .industry: .colIndustry
            case .contact: .colContact
            case .measures: .colMeasures
            case .funds: .colFunds
            case .timeLimit: .colTimeLimit
            case .plan: .colPlan
            case .remediationPlan: .colRemediationPlan
            case .rectified: .colRectified
            case .verifiedBy: .colVerifiedBy
            case .opinion: .colOpinion
            case .evidenceCount: .colEvidence
            case .escalated: .colEscalated
            default: .colSupervised
            }
            return text.text(in: language)
        }

        /// Text, number or date.
        public var kind: Kind {
            switch self {
            case .number, .overdueDays, .hazardID, .evidenceCount: .number
            case .found, .deadline, .verified, .rectified: .date
            default: .text
            }
        }
    }

    /// One cell.
    public enum Cell: Sendable, Hashable {
        /// Text (empty for none).
        case text(String)
        /// A whole number.
        case number(Int)
        /// A day, or none.
        case date(StationDay?)

        /// The cell as the CSV writes it (before quoting and neutralising).
        public var csvText: String {
            switch self {
            case .text(let text): text
            case .number(let number): String(number)
            case .date(let day): day?.description ?? ""
            }
        }
    }

    /// One row of the ledger.
    public struct Row: Sendable, Hashable {
        /// 序号, from 1.
        public var number: Int
        /// 发现日期.
        public var found: StationDay
        /// 企业名称 (empty when the enterprise is not in the register).
        public var enterprise: String
        /// 统一社会信用代码.
        public var creditCode: String
        /// 乡镇.
        public var township: String
        /// 检查项: the item's id and title.
        public var item: String
        /// 防控层级: 人防, 物防, 技防, 联防.
        public var layer: String
        /// 隐患级别: 重大 or 一般.
        public var severity: String
        /// 隐患描述.
        public var description: String
        /// 依据.
        public var basis: String
        /// 整改要求.
        public var remedy: String
        /// 整改期限.
        public var deadline: StationDay
        /// 状态: the hazard's standing (`HazardNames.standing`): its status, a fail fixed on site
        /// shown as 现场整改 and one verified after rectification as 复查销号, as the 汇总 sheet counts.
        public var status: String
        /// 责任人.
        public var responsible: String
        /// 销号日期.
        public var verified: StationDay?
        /// 逾期天数 (0 when not overdue).
        public var overdueDays: Int
        /// 来源: 检查 or 自查.
        public var source: String
        /// 隐患编号: the hazard's id in the station database.
        public var hazardID: Int = 0
        /// 通知书编号 of the finding session, once issued.
        public var noticeNumber: String = ""
        /// 检查人员 of the finding session (the performer of a self-check).
        public var inspectors: String = ""
        /// 隐患部位: where in the enterprise, as the finding or `hazard update --place` gave it.
        public var place: String = ""
        /// 隐患类别 (`HazardCategory`, from the layer).
        public var category: String = ""
        /// 行业 of the enterprise.
        public var industry: String = ""
        /// 联系人 of the enterprise.
        public var contact: String = ""
        /// 整改措施, 整改资金, 整改时限, 应急预案 (with 责任人 the five measures).
        public var measures: String = ""
        public var funds: String = ""
        public var timeLimit: String = ""
        public var plan: String = ""
        /// 治理方案: the remediation plan's file name, when attached.
        public var remediationPlan: String = ""
        /// 整改完成日期: when the enterprise reported it rectified.
        public var rectified: StationDay? = nil
        /// 复查人.
        public var verifiedBy: String = ""
        /// 复查意见: 合格 (with the note) when verified after rectification, 不合格：reason when the
        /// last re-inspection refused it; empty otherwise.
        public var opinion: String = ""
        /// 证据数.
        public var evidenceCount: Int = 0
        /// 已上报 (major hazards): 是 / 否; empty for a general hazard.
        public var escalated: String = ""
        /// 挂牌督办 (major hazards): 是, 已摘牌 or 否; empty for a general hazard.
        public var supervised: String = ""

        /// The cells in column order.
        public var cells: [Cell] {
            var cells: [Cell] = []
            cells.reserveCapacity(Column.allCases.count)
            forEachCell { cells.append($0) }
            return cells
        }

        /// Calls `body` with each cell in column order (no array built: the exports' path).
        public func forEachCell(_ body: (Cell) -> Void) {
            body(.number(number))
            body(.date(found))
            body(.text(enterprise))
            body(.text(creditCode))
            body(.text(township))
            body(.text(item))
            body(.text(layer))
            body(.text(severity))
            body(.text(description))
            body(.text(basis))
            body(.text(remedy))
            body(.date(deadline))
            body(.text(status))
            body(.text(responsible))
            body(.date(verified))
            body(.number(overdueDays))
            body(.text(source))
            body(.number(hazardID))
            body(.text(noticeNumber))
            body(.text(inspectors))
            body(.text(place))
            body(.text(category))
            body(.text(industry))
            body(.text(contact))
            body(.text(measures))
            body(.text(funds))
            body(.text(timeLimit))
            body(.text(plan))
            body(.text(remediationPlan))
            body(.date(rectified))
            body(.text(verifiedBy))
            body(.text(opinion))
            body(.number(evidenceCount))
            body(.text(escalated))
            body(.text(supervised))
        }
    }

    /// The moment the ledger is as of.
    public let now: Date
    /// The station keeping the ledger (its short name, else its name), put before the XLSX
    /// document's title when known (`checkup station set`).
    public var station: String?
    /// Language of headers and coded values.
    public let language: Language
    /// What was selected.
    public let query: LedgerQuery
    /// The hazards in ledger order, in fixed-size chunks: a chunk is never reallocated or freed
    /// while the ledger lives, so loading 200,000 hazards leaves no large freed blocks behind.
    private let chunks: [[Hazard]]
    /// Hazards per chunk (the last may hold fewer).
    private let chunkCapacity: Int
    private let enterprises: [String: Enterprise]
    /// The finding sessions' inspectors and notice numbers, by session id.
    public let sessions: [Int64: HazardSessionInfo]
    /// Number of rows.
    public let count: Int

    /// A ledger of `hazards` (in the order given: the store's is found date, then id), naming
    /// enterprises from `enterprises`.
    ///
    /// Texts that repeat from hazard to hazard (item titles, basis, remedy, codes, the five
    /// measures) are interned: equal strings come to share one buffer. Pass the store's array
    /// straight in and the duplicates are freed, which keeps a 200,000-hazard ledger to a
    /// fraction of the memory the hazards took as loaded.
    public init(hazards: consuming [Hazard], enterprises: [Enterprise], now: Date, language: Language = .zh,
                query: LedgerQuery = LedgerQuery(), sessions: [Int64: HazardSessionInfo] = [:]) {
        var interner = Interner()
        for index in hazards.indices {
            interner.intern(&hazards[index])
        }
        let count = hazards.count
        self.init(chunks: [hazards], chunkCapacity: max(1, count), count: count,
                  enterprises: enterprises, now: now, language: language, query: query, sessions: sessions)
    }

    private init(chunks: [[Hazard]], chunkCapacity: Int, count: Int, enterprises: [Enterprise],
                 now: Date, language: Language, query: LedgerQuery, sessions: [Int64: HazardSessionInfo]) {
        self.sessions = sessions
        self.chunks = chunks
        self.chunkCapacity = chunkCapacity
        self.count = count
        self.enterprises = Dictionary(enterprises.map { ($0.creditCode, $0) }, uniquingKeysWith: { first, _ in first })
        self.now = now
        self.language = language
        self.query = query
    }

    /// The ledger of `query` as of `now`, from the township's (or every) registered enterprises
    /// and the hazards `rows` hands to its `add`, which must come in ledger order (found, then
    /// id) — the order `StationQueries.forEachHazard` gives. Hazards are interned and kept in
    /// chunks as they arrive, so a ledger of 200,000 rows never holds every text twice.
    public init(enterprises: [Enterprise], query: LedgerQuery, now: Date, language: Language = .zh,
                sessions: [Int64: HazardSessionInfo] = [:],
                rows: (_ add: (Hazard) -> Void) throws -> Void) rethrows {
        var interner = Interner()
        let capacity = 4096
        var chunks: [[Hazard]] = []
        var chunk: [Hazard] = []
        chunk.reserveCapacity(capacity)
        var count = 0
        try rows { hazard in
            var hazard = hazard
            interner.intern(&hazard)
            chunk.append(hazard)
            count += 1
            if chunk.count == capacity {
                chunks.append(chunk)
                chunk = []
                chunk.reserveCapacity(capacity)
            }
        }
        if !chunk.isEmpty { chunks.append(chunk) }
        self.init(chunks: chunks, chunkCapacity: capacity, count: count, enterprises: enterprises,
                  now: now, language: language, query: query, sessions: sessions)
    }

    /// The hazard of row `index` (0-based).
    public func hazard(_ index: Int) -> Hazard {
        chunks[index / chunkCapacity][index % chunkCapacity]
    }

    /// The hazards in ledger order (an array built on each call: for small ledgers, tests and
    /// JSON).
    public var hazards: [Hazard] { (0..<count).map(hazard) }

    /// Number of rows.

    /// The headers in column order.
    public var headers: [String] { Column.allCases.map { $0.header(language) } }

    /// The enterprise of a hazard, if registered.
    public func enterprise(of hazard: Hazard) -> Enterprise? {
        enterprises[hazard.enterpriseCode]
    }

    /// Row `index` (0-based; its 序号 is `index + 1`).
    public func row(_ index: Int) -> Row {
        let hazard = hazard(index)
        let enterprise = enterprises[hazard.enterpriseCode]
        var row = Row(number: index + 1, found: StationDay(hazard.foundAt),
                   enterprise: Self.clean(enterprise?.name ?? ""), creditCode: Self.clean(hazard.enterpriseCode),
                   township: Self.clean(enterprise?.township ?? ""),
                   item: Self.clean(hazard.itemTitle.isEmpty ? hazard.itemID : hazard.itemID + " " + hazard.itemTitle),
                   layer: hazard.layer.name(language), severity: HazardNames.severity(hazard.severity, language),
                   description: Self.clean(hazard.description), basis: Self.clean(hazard.basis),
                   remedy: Self.clean(hazard.remedy ?? ""), deadline: StationDay(hazard.deadline),
                   status: HazardNames.standing(hazard.standing, language),
                   responsible: Self.clean(hazard.fiveMeasures.responsible ?? ""),
                   verified: hazard.verifiedAt.map(StationDay.init), overdueDays: hazard.overdueDays(at: now),
                   source: HazardNames.source(hazard.source, language))
        fillAdded(&row, hazard, enterprise)
        return row
    }

    /// The columns issue 18 added.
    private func fillAdded(_ row: inout Row, _ hazard: Hazard, _ enterprise: Enterprise?) {
        let session = sessions[hazard.sessionID]
        let m = hazard.fiveMeasures
        row.hazardID = Int(hazard.id)
        row.noticeNumber = Self.clean(session?.noticeNumber ?? "")
        row.inspectors = Self.clean((session?.inspectors ?? []).joined(separator: language == .zh ? "、" : ", "))
        row.place = Self.clean(hazard.place ?? "")
        row.category = HazardCategory(layer: hazard.layer).name(language)
        row.industry = Self.clean(enterprise?.industry ?? "")
        row.contact = Self.clean(enterprise?.contact ?? "")
        row.measures = Self.clean(m.measures ?? "")
        row.funds = Self.clean(m.funds ?? "")
        row.timeLimit = Self.clean(m.timeLimit ?? "")
        row.plan = Self.clean(m.plan ?? "")
        row.remediationPlan = Self.clean(hazard.remediationPlan?.originalName ?? "")
        row.rectified = hazard.isFixedOnSite ? nil : hazard.rectifiedAt.map(StationDay.init)
        row.verifiedBy = Self.clean(hazard.verifiedBy ?? "")
        row.opinion = Self.clean(Self.opinion(hazard, language))
        row.evidenceCount = hazard.evidence.count
        if hazard.severity == .major {
            let yes = EscalationText.yes.text(in: language), no = EscalationText.no.text(in: language)
            row.escalated = hazard.escalations.isEmpty ? no : yes
            row.supervised = hazard.supervision.map { $0.isListed ? yes : EscalationText.eventDelisted.text(in: language) } ?? no
        }
    }

    /// 复查意见: 合格 (and the note) after a verification, 不合格：reason after a refusal the
    /// hazard is still under; empty when never re-inspected or fixed on site.
    static func opinion(_ hazard: Hazard, _ language: Language) -> String {
        if hazard.status == .verified {
            guard !hazard.isFixedOnSite else { return "" }
            let note = hazard.verificationNote.map { (language == .zh ? "：" : ": ") + $0 } ?? ""
            return EscalationText.opinionAccepted.text(in: language) + note
        }
        guard let reason = hazard.verificationNote else { return "" }
        return EscalationText.opinionRefused.text(reason, in: language)
    }

    /// Every row (for small ledgers and tests; exports go row by row).
    public var rows: [Row] { (0..<count).map(row) }

    /// `text` with CRLF and CR turned into LF and XML-forbidden control characters (and
    /// U+FFFE/U+FFFF) removed; unchanged (and not copied) when there is nothing to do.
    public static func clean(_ text: String) -> String {
        var copy = text
        let needsWork = copy.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A { return true }
                if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
                    && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF) { return true }
            }
            return false
        }
        guard needsWork else { return text }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: scalars.append("\n")
            case 0x0A where previousCR: continue
            case 0x09, 0x0A: scalars.append(scalar)
            case 0x00..<0x20, 0xFFFE, 0xFFFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    // MARK: Totals

    /// Counts for one township (or all of them), as `HazardTally` defines them.
    public struct TotalsLine: Sendable, Hashable {
        /// The township ("" for the grand total).
        public var township: String
        /// The counts, as of the ledger's `now`.
        public var tally = HazardTally()

        /// An empty line.
        public init(township: String) {
            self.township = township
        }

        /// Hazards by standing (status, with fixes on site apart).
        public var byStanding: [HazardStanding: Int] { tally.byStanding }
        /// All hazards.
        public var total: Int { tally.found }
        /// Hazards overdue as of the ledger's `now`.
        public var overdue: Int { tally.overdue }

        mutating func add(_ hazard: Hazard, now: Date) {
            tally.add(hazard, now: now)
        }
    }

    /// Counts by township × standing, townships in order, and the grand total.
    public var totals: (townships: [TotalsLine], all: TotalsLine) {
        var lines: [String: TotalsLine] = [:]
        var all = TotalsLine(township: "")
        for chunk in chunks {
            for hazard in chunk {
                let township = Self.clean(enterprises[hazard.enterpriseCode]?.township ?? "")
                lines[township, default: TotalsLine(township: township)].add(hazard, now: now)
                all.add(hazard, now: now)
            }
        }
        return (lines.values.sorted { $0.township < $1.township }, all)
    }

    /// Headers of the totals: 乡镇, the five standings (the 状态 column's values: 待整改, 整改中,
    /// 已整改待复查, 复查销号, 现场整改), 合计, 逾期.
    public var totalsHeaders: [String] {
        [LedgerText.township.text(in: language)] + HazardStanding.allCases.map { HazardNames.standing($0, language) }
            + [LedgerText.total.text(in: language), LedgerText.overdue.text(in: language)]
    }

    /// The label of the grand-total line.
    public var grandTotalLabel: String { LedgerText.total.text(in: language) }
}

/// Makes equal strings share one buffer.
struct Interner {
    private var table: [ByteKey: String] = [:]
    private var last: [String] = Array(repeating: "", count: 12)

    /// The shared copy of `text`; small strings (stored inline, at most 15 UTF-8 bytes) as is.
    private mutating func intern(_ text: String, slot: Int) -> String {
        if text.utf8.count <= 15 { return text }
        if ByteKey.sameBytes(text, last[slot]) { return last[slot] }
        let shared: String
        if let existing = table[ByteKey(text)] {
            shared = existing
        } else {
            table[ByteKey(text)] = text
            shared = text
        }
        last[slot] = shared
        return shared
    }

    private mutating func intern(_ text: String?, slot: Int) -> String? {
        text.map { intern($0, slot: slot) }
    }

    /// Interns the hazard's repeating texts in place (not its description).
    mutating func intern(_ hazard: inout Hazard) {
        hazard.itemID = intern(hazard.itemID, slot: 0)
        hazard.enterpriseCode = intern(hazard.enterpriseCode, slot: 1)
        hazard.itemTitle = intern(hazard.itemTitle, slot: 2)
        hazard.basis = intern(hazard.basis, slot: 3)
        hazard.remedy = intern(hazard.remedy, slot: 4)
        hazard.fiveMeasures.responsible = intern(hazard.fiveMeasures.responsible, slot: 5)
        hazard.fiveMeasures.measures = intern(hazard.fiveMeasures.measures, slot: 6)
        hazard.fiveMeasures.funds = intern(hazard.fiveMeasures.funds, slot: 7)
        hazard.fiveMeasures.timeLimit = intern(hazard.fiveMeasures.timeLimit, slot: 8)
        hazard.fiveMeasures.plan = intern(hazard.fiveMeasures.plan, slot: 9)
        hazard.verifiedBy = intern(hazard.verifiedBy, slot: 10)
        hazard.place = intern(hazard.place, slot: 11)
    }
}
