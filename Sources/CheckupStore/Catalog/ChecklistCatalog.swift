import CheckupCore
import CheckupXML
import Foundation

/// The station's checklist definitions: a directory of checklist XML files with the XSD schemas
/// in `schema/` below it (by default `checklists/` in the working directory, or
/// `CHECKUP_CATALOG`).
public struct ChecklistCatalog: Sendable {
    /// The catalog directory.
    public let directory: String
    /// The compiled checklist schema.
    public let schema: XMLSchema

    /// The schema file, relative to the catalog directory.
    public static let schemaPath = "schema/checklist-1.xsd"

    /// Opens the catalog at `directory`, compiling its checklist schema.
    public init(directory: String) throws(ChecklistError) {
        self.directory = directory
        let path = (directory as NSString).appendingPathComponent(Self.schemaPath)
        do {
            schema = try XMLSchema(path: path)
        } catch {
            throw .xml(error)
        }
    }

    /// The catalog directory to use: an explicit one, else `CHECKUP_CATALOG`, else `checklists`.
    public static func defaultDirectory(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let value = environment["CHECKUP_CATALOG"], !value.isEmpty { return value }
        return "checklists"
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
        return LoadedChecklist(checklist: checklist, path: label, bytes: bytes, contentHash: SHA256.hex(bytes))
    }

    /// The XML files directly in the catalog directory, sorted by name.
    public func files() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Every checklist in the catalog that loads, with the problems of those that do not.
    public func all() -> (checklists: [LoadedChecklist], problems: [ChecklistError]) {
        var loaded: [LoadedChecklist] = []
        var problems: [ChecklistError] = []
        for file in files() {
            do {
                loaded.append(try load(file: file))
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
