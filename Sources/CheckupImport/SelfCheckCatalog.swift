import CheckupCore
import CheckupStore
import CheckupXML
import Foundation

/// The catalog as the importer needs it: every checklist loaded and indexed once, and the
/// self-check schema compiled once, shared read-only by the importing threads.
public final class SelfCheckCatalog: Sendable {
    /// A checklist of the catalog with its index.
    public struct Entry: Sendable {
        /// The checklist with its bytes (the session snapshot).
        public let loaded: LoadedChecklist
        /// Lookups for checking answers.
        public let index: ChecklistIndex
    }

    /// The compiled `selfcheck-1.xsd`.
    public let schema: XMLSchema
    /// Checklists by id, then version.
    let entries: [String: [String: Entry]]
    /// Checklist files of the catalog that failed to load (reported by `checkup checklist validate`).
    public let problems: [ChecklistError]

    /// Loads every checklist of `catalog` and compiles its self-check schema.
    public init(catalog: ChecklistCatalog) throws(XMLError) {
        schema = try ChecklistCatalog.selfCheckSchema()
        let (loaded, problems) = catalog.all()
        var entries: [String: [String: Entry]] = [:]
        for checklist in loaded {
            entries[checklist.checklist.id, default: [:]][checklist.checklist.version] =
                Entry(loaded: checklist, index: ChecklistIndex(checklist.checklist))
        }
        self.entries = entries
        self.problems = problems
    }

    /// The checklist with this id and version, or what the catalog knows instead.
    public func match(id: String, version: String) -> (match: SelfCheckChecklistMatch, entry: Entry?) {
        guard let versions = entries[id] else {
            return (.unknownChecklist(known: entries.keys.sorted()), nil)
        }
        guard let entry = versions[version] else {
            let known = versions.keys.sorted { ChecklistCatalog.versionLess($0, $1) }
            return (.unknownVersion(known: known), nil)
        }
        return (.found(entry.index), entry)
    }

    /// The newest version of the checklist with this id.
    public func latest(id: String) -> Entry? {
        entries[id]?.values.max { ChecklistCatalog.versionLess($0.loaded.checklist.version, $1.loaded.checklist.version) }
    }
}
