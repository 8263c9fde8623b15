import Foundation

/// What an Excel self-check form is for, kept on its hidden sheet 表单信息: the checklist (id,
/// version and the SHA-256 of the catalog file the form was made from), the profile, the
/// enterprise, and the items in order with the row each stands on. A seal (the SHA-256 of all
/// of it) lets the reader tell an edited identity from the one the station wrote: it stops
/// accidents, not a determined forger, who could equally edit an XML file.
public struct SelfCheckFormIdentity: Sendable, Hashable {
    /// The form format this identity describes.
    public static let format = "checkup-selfcheck-form-1"

    /// One item of the form and the row of 自查表 it stands on.
    public struct Item: Sendable, Hashable {
        /// The item id.
        public var id: String
        /// Its row on the form sheet (1-based).
        public var row: Int

        /// Creates an item.
        public init(id: String, row: Int) {
            self.id = id
            self.row = row
        }
    }

    /// Checklist id.
    public var checklistID: String
    /// Checklist version.
    public var checklistVersion: String
    /// SHA-256 of the checklist file the form was made from.
    public var checklistHash: String
    /// The profile applied, if any.
    public var profileID: String?
    /// The enterprise the form was made for.
    public var enterprise: SelfCheckEnterprise
    /// The items, in form order.
    public var items: [Item]

    /// Creates an identity.
    public init(checklistID: String, checklistVersion: String, checklistHash: String, profileID: String?,
                enterprise: SelfCheckEnterprise, items: [Item]) {
        self.checklistID = checklistID
        self.checklistVersion = checklistVersion
        self.checklistHash = checklistHash
        self.profileID = profileID
        self.enterprise = enterprise
        self.items = items
    }

    /// The keys of the identity sheet's rows 2 to 12 (column A, below a header row), their
    /// values in column B; row 13 is the seal, and the items (`item`, id, row) follow from
    /// `SelfCheckFormLayout.identityFirstItemRow`. The reader finds each by its key.
    public static let keys = ["format", "checklist", "checklist-version", "checklist-sha256", "profile",
                              "credit-code", "name", "township", "industry", "items", "note"]
    /// The row of the seal on the identity sheet.
    public static let sealRow = 13

    /// The values of rows 2 to 12, in the order of `keys`.
    public var values: [String] {
        [Self.format, checklistID, checklistVersion, checklistHash, profileID ?? "", enterprise.creditCode,
         enterprise.name, enterprise.township, enterprise.industry ?? "", String(items.count),
         Self.note]
    }

    /// A word to whoever unhides the sheet.
    static let note = "由 checkup selfcheck template 生成，请勿修改 / written by checkup selfcheck template, do not edit"

    /// SHA-256 over every value and item (one per line), lowercase hex.
    public var seal: String {
        var text = values.joined(separator: "\n")
        for item in items { text += "\n\(item.id)\t\(item.row)" }
        return ContentHash.sha256(Array(text.utf8))
    }
}
