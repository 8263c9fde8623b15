import CheckupCore
import Foundation

/// Cell style indexes of `XLSXParts.styles` (cellXfs).
enum XLSXStyle: Int {
    /// Body text and numbers, top-aligned: the default, written without an `s` attribute.
    case body = 0
    /// Bold header on a grey fill.
    case header = 1
    /// `yyyy-mm-dd`, top-aligned.
    case date = 2
    /// Wrapped text, top-aligned.
    case wrap = 3
    /// Bold, top-aligned.
    case bold = 4
    /// A section row of a form: bold on a light blue fill.
    case section = 5
    /// Bold wrapped text, top-aligned.
    case boldWrap = 6
    /// A cell a person fills in: unlocked on a protected sheet, wrapped, light yellow.
    case input = 7
    /// A date and time a person fills in (`yyyy-mm-dd hh:mm`), unlocked, light yellow.
    case inputDateTime = 8
}

/// The workbook's shared-string table: each distinct text once, cells refer to it by index.
final class SharedStrings {
    private var indexes: [ByteKey: Int] = [:]
    private(set) var strings: [String] = []
    /// Display width of each string (capped at 255).
    private(set) var widths: [Int] = []
    /// Cells referring to the table (the `count` attribute).
    var references = 0

    /// The index of `text` (already neutralised), adding it if new.
    func index(of text: String) -> Int {
        let key = ByteKey(text)
        if let index = indexes[key] { return index }
        let index = strings.count
        indexes[key] = index
        strings.append(text)
        widths.append(XLSXText.displayWidth(text, cap: 255))
        return index
    }

    /// `xl/sharedStrings.xml`.
    func xml() -> Data {
        let out = ByteBuffer(capacity: 1 << 16)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        out.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        out.appendDecimal(references)
        out.append("\" uniqueCount=\"")
        out.appendDecimal(strings.count)
        out.append("\">")
        for text in strings {
            out.append(XLSXText.needsPreserve(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>")
            XLSXText.appendEscaped(text, to: out)
            out.append("</t></si>")
        }
        out.append("</sst>")
        return out.takeData()
    }
}

/// Encodes the rows of one sheet as SpreadsheetML into a byte buffer, cell by cell, tracking
/// column widths.
final class SheetEncoder {
    let buffer = ByteBuffer(capacity: 1 << 20)
    let columns: [XLSXColumn]
    private let strings: SharedStrings
    private let letters: [[UInt8]]
    private var rowDigits: [UInt8] = []
    private var column = 0
    /// The last shared text of each column and its index: consecutive rows often repeat a value.
    private var lastShared: [(text: String, index: Int)?]
    /// Widest cell seen per column, in Excel units.
    private(set) var widths: [Int]
    /// Where the current row's `<row` tag ends in the buffer (its height goes there).
    private var rowTagEnd = 0
    /// Lines the current row's tallest wrapped cell takes.
    private var rowLines = 1
    /// Lines of each shared text, per wrapped column (by shared-string index).
    private var sharedLines: [[Int: Int]]
    /// Whether cells widen their columns (not for the rows above the header, whose cells span
    /// several columns).
    var tracking = true

    /// Points a line of 11-point text takes, CJK fonts included (等线, Noto Sans CJK): the height
    /// per line of a row whose wrapped cells need several.
    static let pointsPerLine = 15.0
    /// The tallest row Excel allows, in points.
    static let maxRowHeight = 409.0

    init(columns: [XLSXColumn], strings: SharedStrings) {
        self.columns = columns
        self.strings = strings
        letters = columns.indices.map(Self.letters)
        widths = columns.map { column in column.wrap ? column.maxWidth : 0 }
        lastShared = columns.map { _ in nil }
        sharedLines = columns.map { _ in [:] }
    }

    /// `A`, …, `Z`, `AA`, … for a 0-based column index.
    static func letters(_ index: Int) -> [UInt8] {
        var n = index + 1
        var result: [UInt8] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            result.insert(UInt8(65 + remainder), at: 0)
            n = (n - 1) / 26
        }
        return result
    }

    func beginRow(_ number: Int) {
        rowDigits = Array(String(number).utf8)
        column = 0
        buffer.append("<row r=\"")
        buffer.append(rowDigits)
        buffer.append("\"")
        rowTagEnd = buffer.count
        buffer.append(">")
        rowLines = 1
    }

    /// Closes the row; a row whose wrapped cells need more than one line gets the height for
    /// them (`ht`, `customHeight`), inserted into its start tag.
    func endRow() {
        if rowLines > 1 {
            let height = min(Self.maxRowHeight, Double(rowLines) * Self.pointsPerLine)
            let text = height == height.rounded() ? String(Int(height)) : String(height)
            buffer.insert(Array(" ht=\"\(text)\" customHeight=\"1\"".utf8), at: rowTagEnd)
        }
        buffer.append("</row>")
    }

    /// Notes the lines a wrapped cell's text takes.
    @inline(__always)
    private func noteLines(_ lines: Int) {
        if lines > rowLines { rowLines = lines }
    }

    private func cellStart(style: XLSXStyle, type: StaticString?) {
        buffer.append("<c r=\"")
        buffer.append(letters[column])
        buffer.append(rowDigits)
        if style != .body {
            buffer.append("\" s=\"")
            buffer.appendDecimal(style.rawValue)
        }
        if let type {
            buffer.append("\" t=\"")
            buffer.append(type)
        }
        buffer.append("\">")
    }

    @inline(__always)
    private func track(_ width: Int) {
        if tracking && width > widths[column] { widths[column] = width }
    }

    /// Makes the current row at least `lines` lines tall.
    func atLeast(lines: Int) {
        noteLines(lines)
    }

    /// A cell a person fills in: written with its (unlocked) style even when empty, so that a
    /// protected sheet lets it be edited. Text as `text`; `serial`, when given, makes it a number
    /// (a date and time as Excel counts it).
    func input(_ value: String, style: XLSXStyle, serial: Double? = nil) {
        guard column < columns.count else { return }
        if let serial, serial.isFinite {
            defer { column += 1 }
            cellStart(style: style, type: nil)
            buffer.append("<v>")
            buffer.append(String(serial))
            buffer.append("</v></c>")
            return
        }
        guard value.isEmpty else {
            text(value, style: style)
            return
        }
        defer { column += 1 }
        buffer.append("<c r=\"")
        buffer.append(letters[column])
        buffer.append(rowDigits)
        buffer.append("\" s=\"")
        buffer.appendDecimal(style.rawValue)
        buffer.append("\"/>")
    }

    func text(_ value: String, style: XLSXStyle?) {
        guard column < columns.count else { return }
        defer { column += 1 }
        guard !value.isEmpty else { return }
        let fittedValue = XLSXText.fitted(value)
        let spec = columns[column]
        let cellStyle = style ?? (spec.wrap ? .wrap : .body)
        if spec.shared && style == nil {
            let index: Int
            if let last = lastShared[column], ByteKey.sameBytes(last.text, value) {
                index = last.index
            } else {
                index = strings.index(of: CSV.neutralised(fittedValue))
                lastShared[column] = (value, index)
            }
            track(min(strings.widths[index], spec.maxWidth) + 1)
            if spec.wrap {
                if let lines = sharedLines[column][index] {
                    noteLines(lines)
                } else {
                    let lines = XLSXText.lineCount(value, width: spec.maxWidth)
                    sharedLines[column][index] = lines
                    noteLines(lines)
                }
            }
            strings.references += 1
            cellStart(style: cellStyle, type: "s")
            buffer.append("<v>")
            buffer.appendDecimal(index)
            buffer.append("</v></c>")
            return
        }
        let value = CSV.neutralised(fittedValue)
        track(XLSXText.displayWidth(value, cap: spec.maxWidth) + (style == .header ? 2 : 1))
        if cellStyle == .wrap || cellStyle == .boldWrap || (cellStyle == .input && tracking) {
            noteLines(XLSXText.lineCount(value, width: spec.maxWidth))
        }
        cellStart(style: cellStyle, type: "inlineStr")
        buffer.append(XLSXText.needsPreserve(value) ? "<is><t xml:space=\"preserve\">" : "<is><t>")
        XLSXText.appendEscaped(value, to: buffer)
        buffer.append("</t></is></c>")
    }

    func number(_ value: Int) {
        guard column < columns.count else { return }
        defer { column += 1 }
        cellStart(style: .body, type: nil)
        buffer.append("<v>")
        let digits = buffer.count
        buffer.appendDecimal(value)
        track(buffer.count - digits + 1)
        buffer.append("</v></c>")
    }

    func number(_ value: Double) {
        guard column < columns.count else { return }
        defer { column += 1 }
        guard value.isFinite else { return }
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        track(text.utf8.count + 1)
        cellStart(style: .body, type: nil)
        buffer.append("<v>")
        buffer.append(text)
        buffer.append("</v></c>")
    }

    func date(_ serial: Int) {
        guard column < columns.count else { return }
        defer { column += 1 }
        track(11)
        cellStart(style: .date, type: nil)
        buffer.append("<v>")
        buffer.appendDecimal(serial)
        buffer.append("</v></c>")
    }

    func skip() {
        column += 1
    }

    /// Column widths fitted to the content seen.
    var fittedWidths: [Int] {
        zip(columns, widths).map { column, seen in min(column.maxWidth, max(column.minWidth, seen)) }
    }
}

/// A worksheet's XML in one pass: the rows are encoded once into an anonymous temporary file
/// (unlinked as soon as it is opened, so nothing is left behind even after a crash) while the
/// column widths and shared strings are gathered; then the `<cols>` prologue, the spooled rows
/// and the epilogue are handed to ZIPFoundation chunk by chunk as it deflates them (the ZIP
/// entry needs its size up front). Memory stays at about one chunk whatever the row count.
final class SheetStream {
    /// Bytes handed to the compressor per call.
    static let chunkSize = 1 << 18
    private static let spoolSize = 1 << 20

    private let sheet: XLSXSheet
    private let encoder: SheetEncoder
    private var prologue: [UInt8] = []
    private let epilogue: [UInt8]
    private var spoolFile: Int32 = -1
    private var bodySize: Int64 = 0
    private var total: Int64 = 0
    private var delivered: Int64 = 0

    init(sheet: XLSXSheet, strings: SharedStrings) {
        self.sheet = sheet
        encoder = SheetEncoder(columns: sheet.columns, strings: strings)
        epilogue = Array(Self.epilogue(sheet).utf8)
    }

    deinit {
        if spoolFile >= 0 { close(spoolFile) }
    }

    /// What follows the rows: the autofilter, narrow margins, A4 in the sheet's orientation and
    /// fit, and a page-number footer (`1 / 3`).
    static func epilogue(_ sheet: XLSXSheet) -> String {
        var xml = "</sheetData>"
        if sheet.protected {
            // No password: the protection stops accidental edits, it is not meant to be secure.
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if sheet.autoFilter { xml += "<autoFilter ref=\"\(sheet.range)\"/>" }
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
            for range in sheet.merges { xml += "<mergeCell ref=\"\(XLSXText.escaped(range, attribute: true))\"/>" }
            xml += "</mergeCells>"
        }
        for (index, highlight) in sheet.highlights.enumerated() {
            xml += "<conditionalFormatting sqref=\"\(XLSXText.escaped(highlight.range, attribute: true))\">"
                + "<cfRule type=\"expression\" dxfId=\"0\" priority=\"\(index + 1)\"><formula>"
                + XLSXText.escaped(highlight.formula) + "</formula></cfRule></conditionalFormatting>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                let list = "\"" + validation.values.joined(separator: ",") + "\""
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" "
                    + "errorTitle=\"\(XLSXText.escaped(validation.errorTitle, attribute: true))\" "
                    + "error=\"\(XLSXText.escaped(validation.error, attribute: true))\" "
                    + "sqref=\"\(XLSXText.escaped(validation.range, attribute: true))\">"
                    + "<formula1>\(XLSXText.escaped(list))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(sheet.orientation.rawValue)\""
        switch sheet.pageFit {
        case .none: break
        case .width: xml += " fitToWidth=\"1\" fitToHeight=\"0\""
        case .onePage: xml += " fitToWidth=\"1\" fitToHeight=\"1\""
        }
        xml += "/><headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter></worksheet>"
        return xml
    }

    /// Writes row `index` (-1 is the header) into the encoder's buffer.
    private func encodeRow(_ index: Int) {
        encoder.beginRow(index + sheet.headerRow + 1)
        if index < 0 {
            for column in sheet.columns { encoder.text(column.header, style: .header) }
        } else {
            sheet.writeRow(index, XLSXRowWriter(encoder: encoder))
        }
        encoder.endRow()
    }

    /// Writes the rows above the header (1 to `headerRow - 1`), which do not widen the columns.
    private func encodeIntro() {
        guard sheet.headerRow > 1 else { return }
        encoder.tracking = false
        for row in 1..<sheet.headerRow {
            encoder.beginRow(row)
            sheet.writeIntroRow?(row, XLSXRowWriter(encoder: encoder))
            encoder.endRow()
        }
        encoder.tracking = true
    }

    private static func failure(_ what: String) -> XLSXError {
        .archive("\(what): \(String(cString: strerror(errno)))")
    }

    /// Encodes every row into the spool file; returns the sheet's total byte size.
    func spool() throws(XLSXError) -> Int64 {
        let directory = FileManager.default.temporaryDirectory.path
        var template = Array((directory as NSString).appendingPathComponent("checkup-sheet-XXXXXX").utf8CString)
        spoolFile = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard spoolFile >= 0 else { throw Self.failure("cannot create a temporary file in \(directory)") }
        template.withUnsafeBufferPointer { buffer in
            if let path = buffer.baseAddress { _ = unlink(path) }
        }
        encodeIntro()
        var row = -1
        while row < sheet.rowCount {
            encodeRow(row)
            row += 1
            if encoder.buffer.count >= Self.spoolSize { try flushSpool() }
        }
        try flushSpool()
        prologue = makePrologue(widths: encoder.fittedWidths)
        total = Int64(prologue.count) + bodySize + Int64(epilogue.count)
        return total
    }

    private func flushSpool() throws(XLSXError) {
        let buffer = encoder.buffer
        var offset = 0
        while offset < buffer.count {
            let written = write(spoolFile, buffer.base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure("cannot write the temporary sheet")
            }
            offset += written
        }
        bodySize += Int64(buffer.count)
        buffer.removeAll()
    }

    private func makePrologue(widths: [Int]) -> [UInt8] {
        let lastColumn = String(decoding: SheetEncoder.letters(max(0, sheet.columns.count - 1)), as: UTF8.self)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        if sheet.pageFit != .none {
            xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        }
        xml += "<dimension ref=\"A1:\(lastColumn)\(sheet.rowCount + sheet.headerRow)\"/>"
        if sheet.freezeHeader {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(sheet.headerRow)\" "
                + "topLeftCell=\"A\(sheet.headerRow + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        } else {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
        }
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        return Array(xml.utf8)
    }

    /// ZIPFoundation's provider: the `size` bytes at `position` (asked for in order): prologue,
    /// spooled rows, epilogue.
    func chunk(_ position: Int64, _ size: Int) throws -> Data {
        guard position == delivered, size >= 0, position + Int64(size) <= total else {
            throw XLSXError.archive("sheet '\(sheet.name)' read out of order")
        }
        var data = Data(capacity: size)
        var position = position
        var remaining = size
        let prologueEnd = Int64(prologue.count)
        let bodyEnd = prologueEnd + bodySize
        if remaining > 0 && position < prologueEnd {
            let count = min(remaining, Int(prologueEnd - position))
            data.append(contentsOf: prologue[Int(position)..<Int(position) + count])
            position += Int64(count)
            remaining -= count
        }
        if remaining > 0 && position < bodyEnd {
            let count = min(remaining, Int(bodyEnd - position))
            let start = data.count
            data.count += count
            var done = 0
            try data.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) throws -> Void in
                guard let base = raw.baseAddress else { return }
                while done < count {
                    let read = pread(spoolFile, base + start + done, count - done, off_t(position - prologueEnd) + off_t(done))
                    if read < 0 && errno == EINTR { continue }
                    guard read > 0 else { throw Self.failure("cannot read the temporary sheet") }
                    done += read
                }
            }
            position += Int64(count)
            remaining -= count
        }
        if remaining > 0 {
            let offset = Int(position - bodyEnd)
            data.append(contentsOf: epilogue[offset..<offset + remaining])
            position += Int64(remaining)
        }
        delivered = position
        return data
    }

    /// Checks that every byte went out, and releases the spool file.
    func finish() throws(XLSXError) {
        if spoolFile >= 0 {
            close(spoolFile)
            spoolFile = -1
        }
        guard delivered == total else { throw .sheetChanged(sheet.name) }
    }
}
