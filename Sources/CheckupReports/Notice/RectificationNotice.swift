import CheckupCore
import Foundation

/// Why a notice could not be issued.
public enum NoticeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The session is still open (or superseded): its hazards are not final yet.
    case sessionNotCompleted(Int64, SessionStatus)
    /// A self-check is the enterprise's own; the station issues notices for its inspections.
    case notAnInspection(Int64)

    public var description: String {
        switch self {
        case .sessionNotCompleted(let id, let status):
            "session \(id) is \(status.rawValue): complete the session first (checkup session complete \(id))"
        case .notAnInspection(let id):
            "session \(id) is a self-check: a rectification notice is issued for the station's inspections"
        }
    }
}

/// 安全生产隐患整改通知书: what the station hands the enterprise after a completed inspection.
///
/// The notice lists every hazard the session created (in checklist order), sets the major
/// hazards apart with the five-measures requirement (五落实), carries the session's four-layer
/// scorecard, and ends with signature and receipt (回执) lines. The notice date is the day the
/// session was completed (station time); the number is derived from the station name, that
/// day's year and the session id (`NoticeNumber`), so printing the same notice again gives the
/// same document. Renderers: `html`/`markdown` (Mustache templates) and `json`.
public struct RectificationNotice: Sendable {
    /// One hazard as the notice lists it.
    public struct Item: Sendable, Equatable {
        /// Running number on the notice (1, 2, …).
        public var number: Int
        /// The hazard's id in the station database.
        public var hazardID: Int64
        /// Checklist item id.
        public var itemID: String
        /// Item title (in the notice's language where the checklist has it).
        public var itemTitle: String
        /// Defence layer.
        public var layer: Layer
        /// Major or general.
        public var severity: HazardSeverity
        /// What the inspector found.
        public var finding: String
        /// Legal basis.
        public var basis: String
        /// How to rectify, if the checklist says.
        public var remedy: String?
        /// Rectification deadline.
        public var deadline: Date
        /// Days from the notice to the deadline.
        public var deadlineDays: Int
        /// Put right while the inspector was there (created verified; no deadline applies).
        public var fixedOnSite: Bool
        /// The five measures as reported so far (empty on a fresh notice).
        public var fiveMeasures: FiveMeasures
    }

    /// The notice number, e.g. `金东安体〔2026〕第0012号`.
    public var number: String
    /// Issuing station.
    public var station: String
    /// The station's address, printed under its seal line when known (`checkup station set`).
    public var stationAddress: String?
    /// The station's telephone, printed under its seal line when known.
    public var stationPhone: String?
    /// The enterprise notified.
    public var enterprise: Enterprise
    /// The completed inspection.
    public var session: Session
    /// Checklist id, version and title (in the notice's language).
    public var checklistID: String
    /// Checklist version.
    public var checklistVersion: String
    /// Checklist title.
    public var checklistTitle: String
    /// Notice date: the session's completion.
    public var date: Date
    /// When this copy was produced (`--now`).
    public var generatedAt: Date
    /// Output language.
    public var language: Language
    /// The hazards, in checklist order.
    public var items: [Item]
    /// The session's four-layer scorecard.
    public var score: DefenceScore

    /// Major hazards (重大事故隐患).
    public var majorItems: [Item] { items.filter { $0.severity == .major } }
    /// Major hazards still to be rectified (not fixed on site): these need the five measures.
    public var majorToRectify: [Item] { majorItems.filter { !$0.fixedOnSite } }
    /// Hazards still to be rectified.
    public var toRectify: [Item] { items.filter { !$0.fixedOnSite } }

    /// Builds the notice from a completed inspection, its checklist snapshot, enterprise, findings
    /// and hazards. Refuses an open or superseded session and a self-check.
    public init(session: Session, checklist: Checklist, enterprise: Enterprise, findings: [Finding],
                hazards: [Hazard], station: String, numberPrefix: String? = nil, generatedAt: Date,
                language: Language) throws(NoticeError) {
        guard session.status == .completed, let completedAt = session.completedAt else {
            throw .sessionNotCompleted(session.id, session.status)
        }
        guard session.kind == .inspection else { throw .notAnInspection(session.id) }
        self.station = station
        self.enterprise = enterprise
        self.session = session
        self.checklistID = checklist.id
        self.checklistVersion = checklist.version
        self.checklistTitle = checklist.title.text(language)
        self.date = completedAt
        self.generatedAt = generatedAt
        self.language = language
        self.number = NoticeNumber.make(prefix: numberPrefix ?? NoticeNumber.abbreviation(of: station), session: session.id,
                                        date: completedAt)

        let order = Dictionary(checklist.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fixed = Set(findings.filter { $0.answer.result == .fail && $0.answer.fixedOnSite }.map(\.itemID))
        let sorted = hazards.filter { $0.sessionID == session.id }.sorted { lhs, rhs in
            let l = order[lhs.itemID] ?? Int.max, r = order[rhs.itemID] ?? Int.max
            return l != r ? l < r : lhs.id < rhs.id
        }
        let noticeDay = Timestamp.parse(Timestamp.day(completedAt)) ?? completedAt
        items = sorted.enumerated().map { index, hazard in
            let item = checklist.item(hazard.itemID)
            let deadlineDay = Timestamp.parse(Timestamp.day(hazard.deadline)) ?? hazard.deadline
            return Item(number: index + 1, hazardID: hazard.id, itemID: hazard.itemID,
                        itemTitle: item?.title.text(language) ?? hazard.itemTitle, layer: hazard.layer,
                        severity: hazard.severity, finding: hazard.description,
                        basis: item?.basis.text(language) ?? hazard.basis,
                        remedy: item?.remedy?.text(language) ?? hazard.remedy, deadline: hazard.deadline,
                        deadlineDays: Int((deadlineDay.timeIntervalSince(noticeDay) / 86_400).rounded()),
                        fixedOnSite: fixed.contains(hazard.itemID), fiveMeasures: hazard.fiveMeasures)
        }
        let scoring = SessionRules.scoringItems(checklist: checklist, session: session, findings: findings,
                                                industry: enterprise.industry, language: language)
        score = DefenceScore.compute(items: scoring, weights: checklist.layerWeights)
    }

    /// Builds the notice of a session read from the station.
    public init(_ data: SessionData, station: String, numberPrefix: String? = nil, generatedAt: Date,
                language: Language) throws(NoticeError) {
        try self.init(session: data.session, checklist: data.checklist, enterprise: data.enterprise,
                      findings: data.findings, hazards: data.hazards, station: station, numberPrefix: numberPrefix,
                      generatedAt: generatedAt, language: language)
    }

    /// The default station name.
    public static let defaultStation = "金东区安全生产体检站"
}

/// The notice number: `〈station abbreviation〉〔〈year〉〕第〈session id, 4 digits〉号`.
///
/// The abbreviation is the last place name in the station name — the text before its last 区,
/// 县, 市, 镇, 乡 or 街道, at most four characters — followed by 安体 (安全生产体检):
/// 金东区安全生产体检站 → 金东安体, 金华市金东区孝顺镇安全生产体检站 → 孝顺安体. A name without such a
/// place gives just 安体. The year is that of the session's completion in station time; the serial
/// is the session id, so each inspection has exactly one notice number.
public enum NoticeNumber {
    /// The number for `session` completed at `date` at `station` (prefix derived from its name).
    public static func make(station: String, session: Int64, date: Date) -> String {
        make(prefix: abbreviation(of: station), session: session, date: date)
    }

    /// The number for `session` completed at `date` with the station's own `prefix` (`金东安体`).
    public static func make(prefix: String, session: Int64, date: Date) -> String {
        let year = Timestamp.day(date).prefix(4)
        var serial = String(session)
        while serial.count < 4 { serial = "0" + serial }
        return "\(prefix)〔\(year)〕第\(serial)号"
    }

    /// `金东安体` for `金东区安全生产体检站`.
    public static func abbreviation(of station: String) -> String {
        let characters = Array(station)
        var segment = ""
        var place: String?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var markerLength = 0
            if character == "街", index + 1 < characters.count, characters[index + 1] == "道" {
                markerLength = 2
            } else if "区县市镇乡".contains(character) {
                markerLength = 1
            }
            if markerLength > 0 {
                if !segment.isEmpty { place = segment }
                segment = ""
                index += markerLength
                continue
            }
            let isHan = character.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
            if isHan { segment.append(character) } else { segment = "" }
            index += 1
        }
        return String((place ?? "").suffix(4)) + "安体"
    }
}
