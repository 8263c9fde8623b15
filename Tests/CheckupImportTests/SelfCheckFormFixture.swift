import CheckupCore
import CheckupImport
import CheckupReports
import CheckupStore
import Foundation
import ZIPFoundation

/// An Excel self-check form made by the writer for 锦程 on gm-general (profile no-ammonia), and
/// edited part by part as a person with Excel, WPS or LibreOffice would: cells filled with
/// inline strings, shared strings, rich text runs, formulas with cached values or date serials.
struct SelfCheckFormFixture {
    var parts: [String: Data]
    let content: SelfCheckFormContent

    static let sheetPath = "xl/worksheets/sheet1.xml"
    static let identityPath = "xl/worksheets/sheet2.xml"

    /// A blank form; `version` pretends the checklist has another version.
    init(station: SelfCheckStation, version: String? = nil, language: Language = .zh) throws {
        let loaded = try station.catalog.resolve("gm-general")
        var checklist = loaded.checklist
        if let version { checklist.version = version }
        let enterprise = try require(try station.store.enterprise(SelfCheckStation.jincheng))
        let profile = checklist.profile("no-ammonia")
        let items = checklist.applicableItems(profile: profile, industry: enterprise.industry)
        content = SelfCheckFormContent(checklist: checklist, checklistHash: loaded.contentHash, enterprise: enterprise,
                                       profile: profile, items: items, language: language)
        parts = try XLSXPackage.entries(try SelfCheckFormXLSX.data(content, created: SelfCheckStation.now))
    }

    /// The form's items with their rows.
    var items: [SelfCheckFormIdentity.Item] { content.identity.items }

    /// The row of item `id`.
    func row(_ id: String) -> Int { items.first { $0.id == id }?.row ?? 0 }

    /// Sets the cell `reference` of the part to `xml` (the cell's inner content and type):
    /// `t="inlineStr"` with `<is>…</is>`, `t="s"` with `<v>n</v>`, a number with `<v>…</v>`.
    mutating func set(_ reference: String, type: String?, inner: String, in path: String = sheetPath) {
        var sheet = String(decoding: parts[path] ?? Data(), as: UTF8.self)
        let typeAttribute = type.map { " t=\"\($0)\"" } ?? ""
        let pattern = "<c r=\"\(reference)\"( s=\"[0-9]+\")?( t=\"[a-zA-Z]+\")?(/>|>.*?</c>)"
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(sheet.startIndex..., in: sheet)
        if let match = regex.firstMatch(in: sheet, range: range), let whole = Range(match.range, in: sheet) {
            let style = Range(match.range(at: 1), in: sheet).map { String(sheet[$0]) } ?? ""
            sheet.replaceSubrange(whole, with: "<c r=\"\(reference)\"\(style)\(typeAttribute)>\(inner)</c>")
        } else {
            // A cell the writer left out: appended to its row.
            let row = reference.drop { $0.isLetter }
            sheet = sheet.replacingOccurrences(of: "<row r=\"\(row)\">", with:
                "<row r=\"\(row)\"><c r=\"\(reference)\"\(typeAttribute)>\(inner)</c>")
        }
        parts[path] = Data(sheet.utf8)
    }

    /// Text typed into a cell, as an inline string.
    mutating func type(_ reference: String, _ text: String, in path: String = sheetPath) {
        set(reference, type: "inlineStr", inner: "<is><t>\(Self.escaped(text))</t></is>", in: path)
    }

    /// 结果 (and 问题描述) of item `id`.
    mutating func answer(_ id: String, _ result: String, note: String? = nil) {
        type("H\(row(id))", result)
        if let note { type("I\(row(id))", note) }
    }

    /// Every item answered 符合, 自查时间 as a date serial and 自查人 typed.
    mutating func fillAll(result: String = "符合") {
        for item in items { type("H\(item.row)", result) }
        performedAt(serial: "46328.395833333336")  // 2026-11-02 09:30
        type("D6", "王建华")
    }

    /// 自查时间 as a number (a date serial).
    mutating func performedAt(serial: String) {
        set("D5", type: nil, inner: "<v>\(serial)</v>")
    }

    /// Appends `text` to the shared-string table and returns its index.
    mutating func share(_ text: String) -> Int {
        var table = String(decoding: parts["xl/sharedStrings.xml"] ?? Data(), as: UTF8.self)
        let count = table.components(separatedBy: "<si>").count - 1
        table = table.replacingOccurrences(of: "</sst>", with: "<si><t>\(Self.escaped(text))</t></si></sst>")
        parts["xl/sharedStrings.xml"] = Data(table.utf8)
        return count
    }

    /// The workbook's bytes.
    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try require(archive.data)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// `#require` outside a test: throws when nil.
func require<T>(_ value: T?) throws -> T {
    guard let value else { throw CocoaError(.fileReadUnknown) }
    return value
}
