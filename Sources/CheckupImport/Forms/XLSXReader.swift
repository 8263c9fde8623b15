import CheckupCore
import CheckupXML
import Foundation
import ZIPFoundation

/// One cell's value as a workbook stores it: text (shared, inline or rich text runs joined, or
/// a formula's cached result — never evaluated), and whether it was a number (a date is one).
struct XLSXCell: Sendable, Hashable {
    /// The text, as stored (a number as its digits).
    var text: String
    /// Whether the cell is a number (`t` absent or `n`).
    var numeric: Bool
}

/// The cells kept of one sheet, by row then column (both 0-based column, 1-based row).
struct XLSXCells: Sendable {
    var rows: [Int: [Int: XLSXCell]] = [:]

    subscript(row: Int, column: Int) -> XLSXCell? { rows[row]?[column] }
}

/// Why a workbook is refused: every problem, each at its cell (or the file as a whole).
struct FormRefusal: Error, Sendable {
    var problems: [XMLDiagnostic]

    init(_ problems: [XMLDiagnostic]) { self.problems = problems }

    /// The workbook as a whole.
    init(file: String, _ message: String) {
        problems = [XMLDiagnostic(location: SourceLocation(file: file, cell: ""), message: message)]
    }
}

/// Bounds on a workbook read from outside: its size, what its parts unpack to, a cell's length.
struct XLSXLimits: Sendable {
    /// Largest `.xlsx` file (a form of 200 items is about 40 KB).
    var maxFileBytes = 16 * 1_048_576
    /// Largest part once unpacked (also what the XML parser accepts).
    var maxPartBytes = 32 * 1_048_576
    /// Most bytes all the parts read may unpack to together.
    var maxTotalBytes = 64 * 1_048_576
    /// Longest cell text, in characters (Excel's own limit).
    var maxCellCharacters = 32_767

    static let standard = XLSXLimits()
}

/// Reads the parts of an `.xlsx` workbook that a form needs, through ZIPFoundation and
/// CheckupXML's streaming parser with its limits (no DTD, no entities, bounded depth and text):
/// the workbook's sheet list and relationships, the shared strings and the cells of a sheet.
/// Refuses, before anything is parsed, what is not an OOXML workbook: an OLE compound file (an
/// encrypted workbook or an old `.xls`), a workbook with macros, a file or part over the limits.
final class XLSXReader {
    let file: String
    let limits: XLSXLimits
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    private var unpacked = 0
    /// Sheet name → part path.
    private(set) var sheets: [String: String] = [:]
    private var sharedStrings: [String]?
    private let xmlLimits: XMLLimits

    /// `r:` of transitional OOXML (what Excel, WPS and LibreOffice write by default).
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// `r:` of strict OOXML (Excel's "Strict Open XML Spreadsheet").
    static let strictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships"

    init(bytes: Data, file: String, limits: XLSXLimits = .standard) throws(FormRefusal) {
        self.file = file
        self.limits = limits
        xmlLimits = XMLLimits(maxBytes: limits.maxPartBytes, maxDepth: 64, encodings: .utf8)
        guard bytes.count <= limits.maxFileBytes else {
            throw FormRefusal(file: file, FormText.tooLarge.text(bytes.count, limits.maxFileBytes))
        }
        let head = [UInt8](bytes.prefix(8))
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw FormRefusal(file: file, FormText.encrypted.text())
        }
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw FormRefusal(file: file, FormText.notWorkbook.text())
        }
        do {
            archive = try Archive(data: bytes, accessMode: .read)
        } catch {
            throw FormRefusal(file: file, FormText.damaged.text("\(error)"))
        }
        for entry in archive where entry.type == .file {
            entries[entry.path] = entry
        }
        if entries.keys.contains(where: { $0.lowercased().hasSuffix("vbaproject.bin") }) {
            throw FormRefusal(file: file, FormText.macros.text())
        }
        guard let types = try part("[Content_Types].xml") else {
            throw FormRefusal(file: file, FormText.notWorkbook.text())
        }
        if String(decoding: types, as: UTF8.self).contains("macroEnabled") {
            throw FormRefusal(file: file, FormText.macros.text())
        }
        try readWorkbook()
    }

    /// The bytes of the part at `path` (no leading slash), or nil when there is none.
    func part(_ path: String) throws(FormRefusal) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let limit = limits.maxPartBytes
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw FormRefusal(file: file, FormText.partTooLarge.text(path, limit))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        let total = limits.maxTotalBytes
        var over = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(contentsOf: chunk)
                // The declared size may lie: what is unpacked is counted as it comes.
                if bytes.count > limit || self.unpacked + bytes.count > total {
                    over = true
                    throw CocoaError(.fileReadTooLarge)
                }
            }
        } catch {
            if over { throw FormRefusal(file: file, FormText.partTooLarge.text(path, min(limit, total))) }
            throw FormRefusal(file: file, FormText.damaged.text("\(path): \(error)"))
        }
        unpacked += bytes.count
        return bytes
    }

    /// Parses `bytes` of `path` with `handler`, a parse error refusing the workbook.
    private func parse(_ bytes: [UInt8], path: String, handler: any XMLEventHandler) throws(FormRefusal) {
        do {
            try XMLEventParser.parse(bytes: bytes, file: "\(file)/\(path)", limits: xmlLimits, handler: handler)
        } catch {
            let reason = error.diagnostics.first.map { "\($0.location.line):\($0.location.column): \($0.message)" }
                ?? error.description
            throw FormRefusal(file: file, FormText.damaged.text("\(path): \(reason)"))
        }
    }

    /// The sheet names and their parts, from the workbook and its relationships.
    private func readWorkbook() throws(FormRefusal) {
        var workbookPath = "xl/workbook.xml"
        if let root = try part("_rels/.rels") {
            let relationships = RelationshipsCollector()
            try parse(root, path: "_rels/.rels", handler: relationships)
            if let target = relationships.targets.first(where: { $0.type.hasSuffix("/officeDocument") })?.target {
                workbookPath = Self.resolve(target, from: "")
            }
        }
        guard let workbook = try part(workbookPath) else { throw FormRefusal(file: file, FormText.notWorkbook.text()) }
        let sheetList = SheetListCollector()
        try parse(workbook, path: workbookPath, handler: sheetList)
        let directory = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/"
            + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let relationships = RelationshipsCollector()
        if let rels = try part(relsPath) { try parse(rels, path: relsPath, handler: relationships) }
        var targets: [String: String] = [:]
        for relationship in relationships.targets {
            targets[relationship.id] = Self.resolve(relationship.target, from: directory)
            if relationship.type.hasSuffix("/sharedStrings") { sharedStringsPath = targets[relationship.id] }
        }
        for sheet in sheetList.sheets {
            if let target = targets[sheet.relationship] { sheets[sheet.name] = target }
        }
    }

    private var sharedStringsPath: String?

    /// `target` of a relationship as a part path: absolute (`/xl/…`) or relative to `directory`.
    static func resolve(_ target: String, from directory: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = directory.isEmpty ? [] : directory.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// The workbook's shared-string table (read once).
    private func strings() throws(FormRefusal) -> [String] {
        if let sharedStrings { return sharedStrings }
        var list: [String] = []
        if let path = sharedStringsPath ?? (entries["xl/sharedStrings.xml"] != nil ? "xl/sharedStrings.xml" : nil),
           let bytes = try part(path) {
            let collector = SharedStringsCollector()
            try parse(bytes, path: path, handler: collector)
            list = collector.strings
        }
        sharedStrings = list
        return list
    }

    /// The cells of sheet `name` for which `keep(row, column)` is true, or nil when the
    /// workbook has no such sheet. A kept cell longer than the limit refuses the workbook at its
    /// address.
    func cells(ofSheet name: String, keep: @escaping (Int, Int) -> Bool) throws(FormRefusal) -> XLSXCells? {
        guard let path = sheets[name], let bytes = try part(path) else { return nil }
        let collector = CellCollector(strings: try strings(), keep: keep)
        try parse(bytes, path: path, handler: collector)
        var long: [XMLDiagnostic] = []
        for (row, columns) in collector.cells.rows.sorted(by: { $0.key < $1.key }) {
            for (column, cell) in columns.sorted(by: { $0.key < $1.key }) where cell.text.utf16.count > limits.maxCellCharacters {
                let length = cell.text.unicodeScalars.count
                guard length > limits.maxCellCharacters else { continue }
                long.append(XMLDiagnostic(
                    location: SourceLocation(file: file, cell: SelfCheckFormLayout.cell(sheet: name, column: column, row: row)),
                    message: FormText.cellTooLong.text(length, limits.maxCellCharacters)))
            }
        }
        if !long.isEmpty { throw FormRefusal(long) }
        return collector.cells
    }
}

/// `<Relationship Id Type Target>` of a `.rels` part.
private final class RelationshipsCollector: XMLEventHandler {
    var targets: [(id: String, type: String, target: String)] = []

    func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool {
        if element.hasLocalName("Relationship"), let id = element.attribute("Id"), let target = element.attribute("Target") {
            targets.append((id, element.attribute("Type") ?? "", target))
        }
        return false
    }

    func endElement(text: UnsafeBufferPointer<UInt8>?) {}
}

/// `<sheet name r:id>` of `workbook.xml`.
private final class SheetListCollector: XMLEventHandler {
    var sheets: [(name: String, relationship: String)] = []

    func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool {
        if element.hasLocalName("sheet"), let name = element.attribute("name"),
           let id = element.attribute("id", namespace: XLSXReader.relationshipsNamespace)
            ?? element.attribute("id", namespace: XLSXReader.strictRelationshipsNamespace) {
            sheets.append((name, id))
        }
        return false
    }

    func endElement(text: UnsafeBufferPointer<UInt8>?) {}
}

/// The strings of `sharedStrings.xml`: each `<si>`'s `<t>` texts joined (rich text runs), the
/// phonetic guides (`<rPh>`) left out.
private final class SharedStringsCollector: XMLEventHandler {
    var strings: [String] = []
    private var current = ""
    /// What each open element is: 0 other, 1 `si`, 2 a `t` whose text counts, 3 `rPh`.
    private var stack: [UInt8] = []
    private var phonetic = 0

    func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool {
        if element.hasLocalName("si") {
            current = ""
            stack.append(1)
        } else if element.hasLocalName("rPh") {
            phonetic += 1
            stack.append(3)
        } else if element.hasLocalName("t") && phonetic == 0 {
            stack.append(2)
            return true
        } else {
            stack.append(0)
        }
        return false
    }

    func endElement(text: UnsafeBufferPointer<UInt8>?) {
        switch stack.popLast() {
        case 1: strings.append(current)
        case 2: if let text { current += String(decoding: text, as: UTF8.self) }
        case 3: phonetic -= 1
        default: break
        }
    }
}

/// The cells of a worksheet that `keep` wants: `<c r t>` with `<v>` (a number, a shared-string
/// index, a formula's cached result) or `<is>` (inline text, runs joined). Formulas (`<f>`)
/// are ignored; only their cached values count.
private final class CellCollector: XMLEventHandler {
    private let strings: [String]
    private let keep: (Int, Int) -> Bool
    var cells = XLSXCells()
    private var row = 0
    private var column = -1
    private var type = ""
    private var kept = false
    private var value = ""
    private var inline = ""
    private var inInline = 0
    private var phonetic = 0
    /// What each open element is: 0 other, 1 `c`, 2 `v`, 3 `t` of inline text, 4 `is`, 5 `rPh`, 6 `row`.
    private var stack: [UInt8] = []

    init(strings: [String], keep: @escaping (Int, Int) -> Bool) {
        self.strings = strings
        self.keep = keep
    }

    func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool {
        if element.hasLocalName("c") {
            if let reference = element.attribute("r"), let (r, c) = Self.address(reference) {
                row = r
                column = c
            } else {
                column += 1
            }
            type = element.attribute("t") ?? ""
            kept = keep(row, column)
            value = ""
            inline = ""
            stack.append(1)
            return false
        }
        if element.hasLocalName("row") {
            if let number = element.attribute("r").flatMap(Int.init) { row = number } else { row += 1 }
            column = -1
            stack.append(6)
            return false
        }
        guard kept else {
            stack.append(0)
            return false
        }
        if element.hasLocalName("v") {
            stack.append(2)
            return true
        }
        if element.hasLocalName("is") {
            inInline += 1
            stack.append(4)
            return false
        }
        if element.hasLocalName("rPh") {
            phonetic += 1
            stack.append(5)
            return false
        }
        if element.hasLocalName("t") && inInline > 0 && phonetic == 0 {
            stack.append(3)
            return true
        }
        stack.append(0)
        return false
    }

    func endElement(text: UnsafeBufferPointer<UInt8>?) {
        switch stack.popLast() {
        case 1:
            guard kept else { return }
            let cell: XLSXCell
            switch type {
            case "s":
                let index = Int(value.trimmingXMLWhitespace()) ?? -1
                cell = XLSXCell(text: strings.indices.contains(index) ? strings[index] : "", numeric: false)
            case "inlineStr": cell = XLSXCell(text: inline, numeric: false)
            case "", "n": cell = XLSXCell(text: value, numeric: !value.isEmpty)
            default: cell = XLSXCell(text: value, numeric: false)
            }
            if !cell.text.isEmpty { cells.rows[row, default: [:]][column] = cell }
        case 2: if let text { value += String(decoding: text, as: UTF8.self) }
        case 3: if let text { inline += String(decoding: text, as: UTF8.self) }
        case 4: inInline -= 1
        case 5: phonetic -= 1
        default: break
        }
    }

    /// `H12` as (row 12, column 7).
    static func address(_ reference: String) -> (Int, Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A") + 1)
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a") + 1)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > 10_000_000 { return nil }
            case UInt8(ascii: "$"): continue
            default: return nil
            }
            if column > 20_000 { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column - 1)
    }
}
