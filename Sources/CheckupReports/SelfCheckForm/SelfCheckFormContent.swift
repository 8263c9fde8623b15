import CheckupCore
import Foundation

/// What a self-check form (Excel or browser) shows: the checklist's applicable items for one
/// enterprise, grouped by top-level section, and the identity the form carries.
public struct SelfCheckFormContent: Sendable {
    /// One row of the item list: a section heading, or an item with its 序号.
    public enum Row: Sendable {
        /// A top-level section's title.
        case section(String)
        /// An item, numbered from 1.
        case item(ChecklistItem, number: Int)
    }

    /// The checklist.
    public let checklist: Checklist
    /// SHA-256 of the checklist's file.
    public let checklistHash: String
    /// The enterprise from the register.
    public let enterprise: Enterprise
    /// The profile applied.
    public let profile: ChecklistProfile?
    /// The applicable items, in checklist order.
    public let items: [ChecklistItem]
    /// Language of the texts.
    public let language: Language

    /// Creates the content of a form.
    public init(checklist: Checklist, checklistHash: String, enterprise: Enterprise, profile: ChecklistProfile?,
                items: [ChecklistItem], language: Language) {
        self.checklist = checklist
        self.checklistHash = checklistHash
        self.enterprise = enterprise
        self.profile = profile
        self.items = items
        self.language = language
    }

    /// Section headings and items, in order.
    public var rows: [Row] {
        var rows: [Row] = []
        var section: String?
        for (index, item) in items.enumerated() {
            if let top = item.sectionPath.first, top != section {
                section = top
                rows.append(.section(checklist.section(top)?.title.text(language) ?? top))
            }
            rows.append(.item(item, number: index + 1))
        }
        return rows
    }

    /// The identity of the Excel form: each item with its row on the form sheet.
    public var identity: SelfCheckFormIdentity {
        var items: [SelfCheckFormIdentity.Item] = []
        for (offset, row) in rows.enumerated() {
            if case .item(let item, _) = row {
                items.append(.init(id: item.id, row: SelfCheckFormLayout.headerRow + 1 + offset))
            }
        }
        return SelfCheckFormIdentity(checklistID: checklist.id, checklistVersion: checklist.version,
                                     checklistHash: checklistHash, profileID: profile?.id,
                                     enterprise: SelfCheckEnterprise(enterprise), items: items)
    }

    /// `安全生产综合检查表（gm-general 2026.1）`.
    public var checklistLabel: String {
        let title = checklist.title.text(language)
        return language == .zh ? "\(title)（\(checklist.id) \(checklist.version)）"
            : "\(title) (\(checklist.id) \(checklist.version))"
    }
}
