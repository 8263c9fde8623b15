import Foundation
import ZIPFoundation

/// One column of a sheet: its header and how wide it may grow.
public struct XLSXColumn: Sendable, Hashable {
    /// Header text (row 1, bold).
    public var header: String
    /// Narrowest width in Excel units (about one digit of the default font).
    public var minWidth: Int
    /// Widest width; longer text is cut visually. A wrapped column is always this wide.
    public var maxWidth: Int
    /// Whether long text wraps inside the cell. A wrapped column has the fixed width `maxWidth`
    /// (rows are streamed, so each row's height is set from its text as it is written, before
    /// any later row could widen the column), and each row is made tall enough for the lines
    /// its wrapped cells take (`XLSXText.lineCount`).
    public var wrap: Bool
    /// Whether the column's text goes to the shared-string table (for values that repeat:
    /// names, codes, statuses — each is stored once) rather than inline (for unique free text).
    public var shared: Bool

    /// Creates a column. The width is fitted to the widest cell (CJK characters count 2), kept
    /// within `minWidth...maxWidth`; a wrapped column is `maxWidth` wide.
    public init(_ header: String, minWidth: Int = 6, maxWidth: Int = 50, wrap: Bool = false, shared: Bool = false) {
        self.header = header
        self.minWidth = minWidth
        self.maxWidth = max(minWidth, maxWidth)
        self.wrap = wrap
        self.shared = shared
    }
}

/// Writes the cells of one row, left to right. Each call fills the next column.
public struct XLSXRowWriter {
    let encoder: SheetEncoder

    /// A text cell (a shared or inline string as the column says, never a formula). Text
    /// starting with = + - @, tab or CR is prefixed with `'` (`CSV.neutralised`), exactly as in
    /// the CSV exports; empty text leaves the cell empty.
    public func text(_ value: String) {
        encoder.text(value, style: nil)
    }

    /// An integer cell.
    public func number(_ value: Int) {
        encoder.number(value)
    }

    /// A number cell; NaN and infinities leave the cell empty.
    public func number(_ value: Double) {
        encoder.number(value)
    }

    /// A date cell: the Excel serial day (days since 1899-12-30) shown as `yyyy-mm-dd`.
    public func date(serial: Int) {
        encoder.date(serial)
    }

    /// Leaves the cell empty.
    public func skip() {
        encoder.skip()
    }

    /// A text cell in one of the styles of forms and header blocks (always an inline string;
    /// neutralised as `text`).
    public func text(_ value: String, style: XLSXCellStyle) {
        encoder.text(value, style: style.style)
    }

    /// A cell a person fills in on a protected sheet: unlocked, shaded, written even when
    /// empty; with `dateTime` it is formatted `yyyy-mm-dd hh:mm`, so that what is typed there
    /// becomes a date.
    public func input(_ value: String = "", dateTime: Bool = false) {
        encoder.input(value, style: dateTime ? .inputDateTime : .input)
    }

    /// Makes this row at least `lines` lines of text tall.
    public func atLeast(lines: Int) {
        encoder.atLeast(lines: lines)
    }
}

/// The styles a cell of a form or a header block may have besides the column's own.
public enum XLSXCellStyle: Sendable, Hashable {
    /// Bold.
    case bold
    /// Bold and wrapped.
    case boldWrap
    /// Wrapped.
    case wrap
    /// A section row: bold on a light blue fill.
    case section

    var style: XLSXStyle {
        switch self {
        case .bold: .bold
        case .boldWrap: .boldWrap
        case .wrap: .wrap
        case .section: .section
        }
    }
}

/// Whether a sheet's tab is shown.
public enum XLSXSheetVisibility: String, Sendable, Hashable {
    /// Shown.
    case visible
    /// Hidden; a person can show it again (Format > Sheet > Unhide) unless the workbook's
    /// structure is locked.
    case hidden
}

/// A drop-down list of allowed values for a range of cells (data validation); anything else
/// typed there is refused by Excel, WPS and LibreOffice with `error`.
public struct XLSXListValidation: Sendable, Hashable {
    /// The cells, e.g. `H10:H210`.
    public var range: String
    /// The values offered (none may contain a comma or a quote).
    public var values: [String]
    /// Title of the message shown for a value not in the list.
    public var errorTitle: String
    /// The message.
    public var error: String

    /// Creates a validation.
    public init(range: String, values: [String], errorTitle: String, error: String) {
        self.range = range
        self.values = values
        self.errorTitle = errorTitle
        self.error = error
    }
}

/// Cells shaded light red while `formula` (written for the range's first cell, with relative
/// references) is true: conditional formatting.
public struct XLSXHighlight: Sendable, Hashable {
    /// The cells, e.g. `I10:I210`.
    public var range: String
    /// The condition, e.g. `AND($H10="不符合",LEN(TRIM($I10))=0)`.
    public var formula: String

    /// Creates a highlight.
    public init(range: String, formula: String) {
        self.range = range
        self.formula = formula
    }
}

/// How a sheet is scaled onto paper when printed.
public enum XLSXPageFit: Sendable, Hashable {
    /// At 100 %, across as many pages as it takes.
    case none
    /// All columns on the width of one page, as many pages down as the rows need
    /// (`fitToWidth="1" fitToHeight="0"`).
    case width
    /// The whole sheet on one page (`fitToWidth="1" fitToHeight="1"`).
    case onePage
}

/// Which way a sheet is printed (always on A4).
public enum XLSXOrientation: String, Sendable, Hashable {
    /// Wider than high.
    case landscape
    /// Higher than wide.
    case portrait
}

/// One worksheet: a bold header row, then `rowCount` rows that `writeRow` fills on demand, once
/// each and in order. Rows are encoded straight to a temporary file, so no sheet is ever held
/// in memory whole.
public struct XLSXSheet {
    /// Sheet tab name (1–31 characters, none of `: \ / ? * [ ]`, not starting or ending with `'`,
    /// unique ignoring case).
    public var name: String
    /// The columns, in order.
    public var columns: [XLSXColumn]
    /// Number of rows below the header.
    public var rowCount: Int
    /// Keep the header row visible while scrolling (frozen pane).
    public var freezeHeader: Bool
    /// Repeat the header row at the top of every printed page (the `_xlnm.Print_Titles`
    /// defined name).
    public var printTitles: Bool
    /// An autofilter on the header row over every row (and the hidden `_xlnm._FilterDatabase`
    /// name Excel keeps beside it).
    public var autoFilter: Bool
    /// How the sheet is scaled onto the page.
    public var pageFit: XLSXPageFit
    /// Landscape or portrait (A4 either way).
    public var orientation: XLSXOrientation
    /// Fills row `index` (0-based, below the header).
    public var writeRow: (_ index: Int, _ row: XLSXRowWriter) -> Void
    /// The row of the column headers (1-based); the rows above it are filled by
    /// `writeIntroRow` (a form's header block) and do not widen the columns.
    public var headerRow = 1
    /// Fills row `row` (1-based) above the header row.
    public var writeIntroRow: ((_ row: Int, _ writer: XLSXRowWriter) -> Void)?
    /// Merged ranges, e.g. `A10:I10`.
    public var merges: [String] = []
    /// Drop-down lists.
    public var validations: [XLSXListValidation] = []
    /// Conditional highlights.
    public var highlights: [XLSXHighlight] = []
    /// Whether the sheet is protected (without a password): only cells written with
    /// `XLSXRowWriter.input` can be edited, rows and columns can be resized.
    public var protected = false
    /// Whether the tab is shown.
    public var visibility = XLSXSheetVisibility.visible

    /// Creates a sheet. By default it prints on A4 landscape at 100 % with no repeated header
    /// and no filter.
    public init(name: String, columns: [XLSXColumn], rowCount: Int, freezeHeader: Bool = true,
                printTitles: Bool = false, autoFilter: Bool = false, pageFit: XLSXPageFit = .none,
                orientation: XLSXOrientation = .landscape,
                writeRow: @escaping (_ index: Int, _ row: XLSXRowWriter) -> Void) {
        self.name = name
        self.columns = columns
        self.rowCount = rowCount
        self.freezeHeader = freezeHeader
        self.printTitles = printTitles
        self.autoFilter = autoFilter
        self.pageFit = pageFit
        self.orientation = orientation
        self.writeRow = writeRow
    }

    /// The sheet name as a formula reference needs it: in single quotes, inner quotes doubled.
    var quotedName: String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `A1:Q201`: the header and every row, every column.
    var range: String {
        let last = String(decoding: SheetEncoder.letters(max(0, columns.count - 1)), as: UTF8.self)
        return "A\(headerRow):\(last)\(rowCount + headerRow)"
    }
}

/// Why a workbook could not be written.
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Excel would refuse this sheet name.
    case invalidSheetName(String)
    /// A sheet's encoded size changed between spooling and zipping (an internal error).
    case sheetChanged(String)
    /// The ZIP container could not be written or read.
    case archive(String)

    public var description: String {
        switch self {
        case .invalidSheetName(let name):
            "invalid sheet name '\(name)' (1–31 characters, none of : \\ / ? * [ ], no ' at either end, unique)"
        case .sheetChanged(let name): "sheet '\(name)' did not come out at the size it was spooled at"
        case .archive(let reason): "cannot write the XLSX package: \(reason)"
        }
    }
}

/// A small, hand-written XLSX (Office Open XML spreadsheet) writer: text cells as shared or
/// inline strings, numbers, real dates (serial days with a `yyyy-mm-dd` format), a bold frozen
/// header row, fitted column widths, wrapped columns with rows tall enough for their text, A4
/// page setup (orientation, fit to width or to one page, repeated header row, autofilter), and
/// no formulas anywhere. Sheets
/// are streamed into the ZIP (deflate) in chunks, so a 200,000-row ledger never exists as one
/// string.
public struct XLSXWorkbook {
    /// The sheets, in tab order.
    public var sheets: [XLSXSheet]
    /// Document title (docProps/core.xml).
    public var title: String
    /// Document author (docProps/core.xml).
    public var creator: String
    /// Creation time (docProps and the ZIP entries' dates, so the same input gives the same file).
    public var created: Date
    /// Font of every cell (等线 suits Chinese text in Excel; Calibri for English).
    public var fontName: String
    /// Whether the workbook's structure is locked (no password): sheets cannot be added,
    /// deleted, renamed, or shown when hidden.
    public var lockStructure = false

    /// Creates a workbook.
    public init(sheets: [XLSXSheet], title: String, creator: String = "checkup", created: Date,
                fontName: String = "等线") {
        self.sheets = sheets
        self.title = title
        self.creator = creator
        self.created = created
        self.fontName = fontName
    }

    /// The `.xlsx` file's bytes.
    public func data() throws(XLSXError) -> Data {
        var seen: Set<String> = []
        for sheet in sheets {
            let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
            guard !sheet.name.isEmpty, sheet.name.count <= 31, !sheet.name.contains(where: forbidden.contains),
                  !sheet.name.hasPrefix("'"), !sheet.name.hasSuffix("'"),
                  seen.insert(sheet.name.lowercased()).inserted else {
                throw .invalidSheetName(sheet.name)
            }
        }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let parts = XLSXParts(workbook: self)
            try add("[Content_Types].xml", parts.contentTypes, to: archive)
            try add("_rels/.rels", parts.rootRelationships, to: archive)
            try add("docProps/app.xml", parts.app, to: archive)
            try add("docProps/core.xml", parts.core, to: archive)
            try add("xl/workbook.xml", parts.workbookXML, to: archive)
            try add("xl/_rels/workbook.xml.rels", parts.workbookRelationships, to: archive)
            try add("xl/styles.xml", parts.styles, to: archive)
            let strings = SharedStrings()
            for (index, sheet) in sheets.enumerated() {
                let stream = SheetStream(sheet: sheet, strings: strings)
                let size = try stream.spool()
                try archive.addEntry(with: "xl/worksheets/sheet\(index + 1).xml", type: .file, uncompressedSize: size,
                                     modificationDate: created, compressionMethod: .deflate,
                                     bufferSize: SheetStream.chunkSize, provider: stream.chunk)
                try stream.finish()
            }
            try add("xl/sharedStrings.xml", strings.xml(), to: archive)
            guard let data = archive.data else { throw XLSXError.archive("the in-memory archive has no data") }
            return data
        } catch let error as XLSXError {
            throw error
        } catch {
            throw .archive("\(error)")
        }
    }

    private func add(_ path: String, _ text: String, to archive: Archive) throws {
        try add(path, Data(text.utf8), to: archive)
    }

    private func add(_ path: String, _ data: Data, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: created,
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

/// Reading an XLSX (or any ZIP) back, for checks and tests.
public enum XLSXPackage {
    /// Every entry of the ZIP in `data`, by path.
    public static func entries(_ data: Data) throws(XLSXError) -> [String: Data] {
        do {
            let archive = try Archive(data: data, accessMode: .read)
            var result: [String: Data] = [:]
            for entry in archive {
                var content = Data()
                _ = try archive.extract(entry, consumer: { content.append($0) })
                result[entry.path] = content
            }
            return result
        } catch {
            throw .archive("\(error)")
        }
    }
}
