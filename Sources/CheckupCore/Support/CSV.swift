/// RFC 4180 CSV: reading (for the township's enterprise list) and writing (for ledgers).
public enum CSV {
    /// One parsed record with the line it starts on (records may span lines inside quotes).
    public struct Row: Sendable, Equatable {
        /// 1-based line number of the record's first line.
        public var line: Int
        /// The fields.
        public var fields: [String]
    }

    /// Why a CSV text could not be read.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// A quoted field is not closed before the end of the text.
        case unterminatedQuote(line: Int)

        public var description: String {
            switch self {
            case .unterminatedQuote(let line): EnterpriseText.unterminatedQuote.text(line)
            }
        }
    }

    /// Parses `text` (a leading UTF-8 BOM is ignored; CRLF or LF line ends; blank lines skipped).
    ///
    /// Works on the UTF-8 bytes: every byte the format gives a meaning (quote, comma, CR, LF) is
    /// ASCII, which never occurs inside a multi-byte character, and a field is decoded once when
    /// it ends. Reading scalar by scalar into a `String.UnicodeScalarView` cost most of a 50,000-row
    /// enterprise list's import.
    public static func parse(_ text: String) throws(ParseError) -> [Row] {
        var text = text
        let result: Result<[Row], ParseError> = text.withUTF8 { bytes in
            do throws(ParseError) {
                return .success(try parse(bytes))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> [Row] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(256)
        var inQuotes = false
        var quotedField = false
        var line = 1
        var rowLine = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = bytes.count

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quotedField = false
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                rows.append(Row(line: rowLine, fields: fields))
            }
            fields = []
        }

        while index < end {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < end && bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote where field.isEmpty && !quotedField:
                inQuotes = true
                quotedField = true
            case comma:
                endField()
            case cr:
                if index < end && bytes[index] == lf { index += 1 }
                endRow()
                line += 1
                rowLine = line
            case lf:
                endRow()
                line += 1
                rowLine = line
            default:
                field.append(byte)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: rowLine) }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }

    /// One field, quoted when it holds a comma, quote, CR or LF. Text that a spreadsheet would
    /// run as a formula (starting with = + - @, or tab/CR) is prefixed with `'` to keep it inert.
    ///
    /// The decision is made on the UTF-8 bytes, so a comma or quote followed by a combining mark
    /// (one `Character` in Swift) is still quoted.
    public static func field(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendField(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a spreadsheet would take `value` as a formula: it starts with = + - @, tab or CR.
    public static func startsLikeFormula(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        return first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
    }

    /// `value` made inert for a spreadsheet: prefixed with `'` when it starts like a formula
    /// (the same rule `field` applies; XLSX writers use it for their text cells).
    public static func neutralised(_ value: String) -> String {
        startsLikeFormula(value) ? "'" + value : value
    }

    /// Appends `field(value)` as UTF-8 to `bytes` without building intermediate strings, for
    /// large exports.
    public static func appendField(_ value: String, to bytes: inout [UInt8]) {
        let prefix = startsLikeFormula(value)
        var value = value
        value.withUTF8 { utf8 in
            let quote = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if quote { bytes.append(0x22) }
            if prefix { bytes.append(0x27) }
            if quote {
                for byte in utf8 {
                    bytes.append(byte)
                    if byte == 0x22 { bytes.append(0x22) }
                }
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
    }

    /// One record line ending in CRLF, as RFC 4180 says.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
