import CheckupXML
import Foundation

/// The enterprise self-check format, version 1: names shared by the reader, the writer and the
/// importer. See docs/selfcheck-format.md.
public enum SelfCheckFormat {
    /// The format's namespace.
    public static let namespace = "urn:checkup:selfcheck:1"
    /// The root every self-check file must have.
    public static let rootName = XMLRootName(name: "selfcheck", namespace: namespace)
}

/// The enterprise block of a self-check file, as the enterprise wrote it.
public struct SelfCheckEnterprise: Sendable, Hashable {
    /// The credit code as written (not yet checked or normalised).
    public var creditCode: String
    /// Registered name.
    public var name: String
    /// Township (乡镇/街道).
    public var township: String
    /// Industry (行业), when given.
    public var industry: String?

    /// Creates an enterprise block.
    public init(creditCode: String, name: String, township: String, industry: String? = nil) {
        self.creditCode = creditCode
        self.name = name
        self.township = township
        self.industry = industry
    }

    /// The block filled from a register entry.
    public init(_ enterprise: Enterprise) {
        self.init(creditCode: enterprise.creditCode, name: enterprise.name, township: enterprise.township,
                  industry: enterprise.industry)
    }

    /// The register entry `checkup import --register` creates from this block (the code normalised).
    public var registerEntry: Enterprise {
        Enterprise(creditCode: CreditCode.normalise(creditCode), name: Names.normalised(name),
                   township: Names.normalised(township), industry: Names.normalisedOrNil(industry))
    }
}

/// One `<result>` of a self-check file: the enterprise's answer for one item.
public struct SelfCheckResult: Sendable, Hashable {
    /// The item answered.
    public var itemID: String
    /// pass, fail or na; `unchecked` stands for a blank status ("not answered yet").
    public var status: ItemResult
    /// What was found (trimmed; nil when absent or blank).
    public var note: String?
    /// Where the `<result>` element is (line exact; column may be refined on refusal).
    public var location: SourceLocation

    /// Creates a result.
    public init(itemID: String, status: ItemResult, note: String? = nil,
                location: SourceLocation = SourceLocation(file: "", line: 0, column: 0)) {
        self.itemID = itemID
        self.status = status
        self.note = note
        self.location = location
    }

    /// The answer a session stores for this result.
    public var answer: Answer {
        Answer(itemID: itemID, result: status, note: note)
    }
}

/// A self-check file's content: who checked which enterprise against which checklist version,
/// when, and the answers. Values read from a file carry the locations of their elements, so
/// every refusal can point at `file:line:col`.
public struct SelfCheckDocument: Sendable, Hashable {
    /// Where the parts of the document are, for messages.
    public struct Locations: Sendable, Hashable {
        /// The `<selfcheck>` root (checklist and version attributes).
        public var root: SourceLocation
        /// The `<enterprise>` element.
        public var enterprise: SourceLocation
        /// The `<performed-at>` element.
        public var performedAt: SourceLocation
        /// The `<performed-by>` element.
        public var performedBy: SourceLocation
        /// The `<profile>` element.
        public var profile: SourceLocation

        /// All locations in `file` at line 1, column 1.
        public init(file: String) {
            let start = SourceLocation(file: file, line: 1, column: 1)
            root = start
            enterprise = start
            performedAt = start
            performedBy = start
            profile = start
        }
    }

    /// Checklist id.
    public var checklistID: String
    /// Checklist version the enterprise used.
    public var checklistVersion: String
    /// The enterprise block.
    public var enterprise: SelfCheckEnterprise
    /// `performed-at` as written (blank in a template).
    public var performedAtText: String {
        didSet { performedAt = Self.moment(performedAtText) }
    }
    /// `performed-at` as a moment, or nil when blank or not a date and time.
    public private(set) var performedAt: Date?
    /// `performed-by`, trimmed (blank in a template).
    public var performedBy: String
    /// The profile applied, if any.
    public var profileID: String?
    /// The answers, in document order.
    public var results: [SelfCheckResult]
    /// Where things are.
    public var locations: Locations

    /// Creates a document.
    public init(checklistID: String, checklistVersion: String, enterprise: SelfCheckEnterprise,
                performedAtText: String, performedBy: String, profileID: String? = nil,
                results: [SelfCheckResult] = [], locations: Locations = Locations(file: "")) {
        self.checklistID = checklistID
        self.checklistVersion = checklistVersion
        self.enterprise = enterprise
        self.performedAtText = performedAtText
        self.performedAt = Self.moment(performedAtText)
        self.performedBy = performedBy
        self.profileID = profileID
        self.results = results
        self.locations = locations
    }

    static func moment(_ text: String) -> Date? {
        text.isEmpty ? nil : Timestamp.parse(text)
    }

    /// The file this document was read from (empty when built in memory).
    public var file: String { locations.root.file }
}
