import CheckupCore
import CheckupXML
import Foundation

/// The station's checklist definitions: the checklists shipped inside the binary (the built-in
/// default catalog) and, when one is named (`--catalog DIR` or `CHECKUP_CATALOG`), the XML
/// files of the station's own directory. A station's file with the same id and version as a
/// built-in checklist replaces it. The XSD schemas are always the built-in ones: a user's folder
/// can add checklists but never change what a valid checklist is.
public struct ChecklistCatalog: Sendable {
    /// The station's own checklist directory, if one was named.
    public let directory: String?
    /// Whether the shipped checklists are part of the catalog.
    public let includesBuiltIn: Bool
    /// The compiled checklist schema.
    public let schema: XMLSchema

    /// The label of a shipped checklist's file (`built-in/gm-general.xml`), where a station's
    /// file shows its path.
    public static let builtInPrefix = "built-in/"

    /// Opens the catalog: the shipped checklists (unless `includeBuiltIn` is false) and the XML
    /// files of `directory`, compiling the built-in checklist schema.
    public init(directory: String?, includeBuiltIn: Bool = true) throws(ChecklistError) {
        self.directory = directory
        includesBuiltIn = includeBuiltIn
        do {
            schema = try XMLSchema(data: Data(BuiltInFiles.checklistSchema.utf8), path: "built-in/checklist-1.xsd")
        } catch {
            throw .xml(error)
        }
    }

    /// The compiled self-check schema (`selfcheck-1.xsd`, built in).
    public static func selfCheckSchema() throws(XMLError) -> XMLSchema {
        try XMLSchema(data: Data(BuiltInFiles.selfCheckSchema.utf8), path: "built-in/selfcheck-1.xsd")
    }

    /// The station's own catalog directory: an explicit one, else `CHECKUP_CATALOG`, else none.
    public static func defaultDirectory(explicit: String?, environment: [String: String]) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let value = environment["CHECKUP_CATALOG"], !value.isEmpty { return value }
        return nil
    }

    /// Parses, validates against the XSD and checks the rules of one checklist file.
    public func load(file path: String) throws(ChecklistError) -> LoadedChecklist {
        let bytes: [UInt8]
        do {
            bytes = try SecureXML.readFile(path, limit: XMLLimits.checklist.maxBytes)
        } catch {
            throw .xml(error)
        }
        return try load(bytes: bytes, label: path, limitTexts: true)
    }

    /// Parses and checks a checklist held in memory (a session's snapshot). Text lengths, the
    /// parser's 1 MB bound on a run of text and the UTF-8-only rule are checked only with
    /// `limitTexts`: a snapshot stored before they existed stays readable.
    public func load(bytes: [UInt8], label: String, limitTexts: Bool = false) throws(ChecklistError) -> LoadedChecklist {
        let document: XMLDocument
        let limits = limitTexts ? XMLLimits.checklist
            : XMLLimits(maxBytes: XMLLimits.tree.maxBytes, maxDepth: XMLLimits.tree.maxDepth, maxTextBytes: .max)
        do {
            document = try SecureXML.parse(bytes: bytes, file: label, root: ChecklistLoader.rootName, schema: schema,
                                           limits: limits)
        } catch {
            throw .xml(error)
        }
        let checklist = try ChecklistLoader.load(document, limitTexts: limitTexts)
        return LoadedChecklist(checklist: checklist, path: label, bytes: bytes, contentHash: ContentHash.sha256(bytes))
    }

    /// The XML files directly in the station's catalog directory, sorted by name.
    public func files() -> [String] {
        guard let directory else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Every checklist in the catalog that loads — the shipped ones, then the station's files,
    /// a station's file replacing a shipped checklist of the same id and version — with the
    /// problems of the files that do not load.
    public func all() -> (checklists: [LoadedChecklist], problems: [ChecklistError]) {
        var loaded: [LoadedChecklist] = []
        var problems: [ChecklistError] = []
        if includesBuiltIn {
            for (name, text) in BuiltInFiles.checklists {
                do {
                    loaded.append(try load(bytes: Array(text.utf8), label: Self.builtInPrefix + name, limitTexts: true))
                } catch {
                    problems.append(error)
                }
            }
        }
        for file in files() {
            do {
                let own = try load(file: file)
                loaded.removeAll {
                    $0.path.hasPrefix(Self.builtInPrefix) && $0.checklist.id == own.checklist.id
                        && $0.checklist.version == own.checklist.version
                }
                loaded.append(own)
            } catch {
                problems.append(error)
            }
        }
        return (loaded, problems)
    }

    /// Resolves a checklist named by id (optionally with a version) or by a file path.
    ///
    /// An argument that names an existing file, or ends in `.xml`, is read as a file; otherwise
    /// it is an id looked up in the catalog. With several versions of one id, the highest wins
    /// unless `version` is given.
    public func resolve(_ name: String, version: String? = nil) throws(ChecklistError) -> LoadedChecklist {
        if name.hasSuffix(".xml") || name.contains("/") {
            return try load(file: name)
        }
        let (checklists, _) = all()
        let matching = checklists.filter { $0.checklist.id == name && (version == nil || $0.checklist.version == version) }
        guard let best = matching.max(by: { Self.versionLess($0.checklist.version, $1.checklist.version) }) else {
            if version != nil {
                let versions = checklists.filter { $0.checklist.id == name }.map(\.checklist.version)
                if !versions.isEmpty {
                    throw .notFound("\(name) version \(version ?? "")", known: versions.map { "\(name) \($0)" })
                }
            }
            throw .notFound(name, known: Array(Set(checklists.map(\.checklist.id))).sorted())
        }
        return best
    }

    /// Orders versions like `2026.1` < `2026.10` numerically, part by part.
    public static func versionLess(_ a: String, _ b: String) -> Bool {
        let pa = a.split(separator: ".").map { Int($0) ?? 0 }
        let pb = b.split(separator: ".").map { Int($0) ?? 0 }
        for (x, y) in zip(pa, pb) where x != y { return x < y }
        return pa.count < pb.count || (pa.count == pb.count && a < b)
    }
}
