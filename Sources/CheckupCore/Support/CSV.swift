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
            case .unterminatedQuote(let line): "line \(line): quoted field is not closed"
            }
        }
    }

    /// Parses `text` (a leading UTF-8 BOM is ignored; CRLF or LF line ends; blank lines skipped).
    public static func parse(_ text: String) throws(ParseError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var quotedField = false
        var line = 1
        var rowLine = 1
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            quotedField = false
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                rows.append(Row(line: rowLine, fields: fields))
            }
            fields = []
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !quotedField:
                inQuotes = true
                quotedField = true
            case ",":
                endField()
            case "\r":
                if let next = iterator.next(), next != "\n" { pending = next }
                endRow()
                line += 1
                rowLine = line
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default:
                field.append(scalar)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: rowLine) }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }

    /// One field, quoted when it holds a comma, quote, CR or LF. Text that a spreadsheet would
    /// run as a formula (starting with = + - @, or tab/CR) is prefixed with `'` to keep it inert.
    public static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + value.replacingQuotes() + "\""
        }
        return value
    }

    /// One record line ending in CRLF, as RFC 4180 says.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for ch in self {
            if ch == "\"" { out += "\"\"" } else { out.append(ch) }
        }
        return out
    }
}
