/// The longest text Checkup accepts in each free-text field, counted in Unicode scalars, and the
/// check. Every text ends up in a ledger cell, a notice line or an XLSX cell (Excel holds at most
/// 32,767 characters in one); names are printed on one line. See docs/limits.md.
public enum TextLimits {
    /// Enterprise name, township, industry and a person's name (inspector, responsible person).
    public static let name = 200
    /// An address.
    public static let address = 500
    /// Contact person and telephone.
    public static let contact = 200
    /// A note, rectification measures, a contingency plan (as `SessionRules.maxNoteLength`).
    public static let note = 4_000
    /// Funds and time limit of the five measures.
    public static let short = 200

    /// Refuses `value` when longer than `limit`; `field` names it in the message.
    public static func check(_ value: String?, field: String, limit: Int) throws(TextTooLong) {
        guard let value else { return }
        let length = value.unicodeScalars.count
        if length > limit { throw TextTooLong(field: field, length: length, limit: limit) }
    }
}

/// A text longer than its field allows.
public struct TextTooLong: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field, as the user knows it (`name`, `--measures`).
    public var field: String
    /// Its length in Unicode scalars.
    public var length: Int
    /// The limit.
    public var limit: Int

    public var description: String { InputText.tooLong.text(field, length, limit) }
}

extension Enterprise {
    /// Refuses an enterprise whose name, township, industry, address or contact is longer than
    /// `TextLimits` allows; `label` names each field as the input named it.
    public func checkLengths(label: (String) -> String = { $0 }) throws(TextTooLong) {
        try TextLimits.check(name, field: label("name"), limit: TextLimits.name)
        try TextLimits.check(township, field: label("township"), limit: TextLimits.name)
        try TextLimits.check(industry, field: label("industry"), limit: TextLimits.name)
        try TextLimits.check(address, field: label("address"), limit: TextLimits.address)
        try TextLimits.check(contact, field: label("contact"), limit: TextLimits.contact)
        try TextLimits.check(grid, field: label("grid"), limit: TextLimits.name)
        try TextLimits.check(gridMember, field: label("grid_member"), limit: TextLimits.name)
        try TextLimits.check(legalRepresentative, field: label("legal_representative"), limit: TextLimits.name)
    }
}

extension FiveMeasures {
    /// Refuses details longer than `TextLimits` allows, named by their `hazard update` options.
    public func checkLengths() throws(TextTooLong) {
        try TextLimits.check(responsible, field: "--responsible", limit: TextLimits.name)
        try TextLimits.check(measures, field: "--measures", limit: TextLimits.note)
        try TextLimits.check(funds, field: "--funds", limit: TextLimits.short)
        try TextLimits.check(timeLimit, field: "--time-limit", limit: TextLimits.short)
        try TextLimits.check(plan, field: "--plan", limit: TextLimits.note)
    }
}
