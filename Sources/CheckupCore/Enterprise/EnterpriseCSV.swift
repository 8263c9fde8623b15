import Foundation

/// Reads the township's existing enterprise list from CSV: a header row naming the columns
/// (English or Chinese), then one enterprise per row. Bad rows are reported by line; good rows
/// are kept.
public enum EnterpriseCSV {
    /// Largest CSV file accepted, in bytes. A township's list of a few thousand enterprises is
    /// well under 1 MB; the bound keeps a wrong or hostile file from exhausting memory, since
    /// parsing holds every field as a string (a 16 MB file of empty fields peaks at about 330 MB;
    /// a 100 MB list passed 1 GB before it was stopped).
    public static let maxBytes = 16 * 1_048_576

    /// A row that could not be imported.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// 1-based line in the file.
        public var line: Int
        /// Why.
        public var message: String
        /// 1-based column (in characters) of the offending character, where one is known.
        public var column: Int = 1

        public var description: String { "line \(line): \(message)" }
    }

    /// What a file yields.
    public struct Result: Sendable, Equatable {
        /// Enterprises read from good rows.
        public var enterprises: [Enterprise]
        /// Rows accepted only because invalid codes were allowed, as warnings.
        public var warnings: [Problem]
        /// Rows refused.
        public var problems: [Problem]
    }

    /// Why the whole file was refused.
    public enum FileError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Not parseable as CSV.
        case csv(CSV.ParseError)
        /// The header lacks a required column.
        case missingColumns([String])
        /// No header row.
        case empty
        /// The file cannot be opened (`reason` says why).
        case cannotRead(reason: String)
        /// The file is larger than `limit` bytes; nothing was read.
        case tooLarge(size: Int, limit: Int)
        /// The bytes are not UTF-8.
        case notUTF8

        public var description: String {
            switch self {
            case .csv(let error): error.description
            case .missingColumns(let names):
                EnterpriseText.missingColumns.text(names.joined(separator: ", "))
            case .empty: EnterpriseText.emptyFile.text()
            case .cannotRead(let reason): EnterpriseText.cannotRead.text(reason)
            case .tooLarge(let size, let limit):
                EnterpriseText.fileTooLarge.text(megabytes(size), megabytes(limit))
            case .notUTF8: EnterpriseText.notUTF8.text()
            }
        }
    }

    /// Reads the file at `path` as UTF-8 text, refusing one that is not a regular file (a FIFO
    /// would block the open) or is larger than `limit` bytes before reading it (and reading at
    /// most `limit + 1` bytes, in case it grows meanwhile).
    public static func contents(ofFile path: String, limit: Int = maxBytes) throws(FileError) -> String {
        let size: Int
        do {
            size = Int(try RegularFile.check(path))
        } catch {
            throw .cannotRead(reason: error.reason)
        }
        guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotRead(reason: "permission denied") }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw .cannotRead(reason: (error as NSError).localizedDescription)
        }
        guard data.count <= limit else { throw .tooLarge(size: data.count, limit: limit) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        return text
    }

    /// The column (in characters, 1-based) of the first NUL on each line that has one.
    static func nulPositions(_ text: String) -> [Int: Int] {
        var found: [Int: Int] = [:]
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if scalar == "\u{0}" && found[line] == nil { found[line] = column }
            column += 1
        }
        return found
    }

    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : "\((mb * 10).rounded() / 10) MB"
    }

    enum Field: CaseIterable {
        case creditCode, name, township, industry, address, contact
        case riskTags, standardisation, employees, grid, gridMember, legalRepresentative

        var aliases: [String] {
            switch self {
            case .creditCode: ["credit_code", "credit-code", "creditcode", "code", "统一社会信用代码", "信用代码", "社会信用代码"]
            case .name: ["name", "企业名称", "名称", "单位名称"]
            case .township: ["township", "乡镇", "乡镇（街道）", "乡镇(街道)", "镇街", "街道"]
            case .industry: ["industry", "行业", "所属行业"]
            case .address: ["address", "地址", "经营地址", "注册地址"]
            case .contact: ["contact", "联系人", "联系方式", "联系人及电话"]
            case .riskTags: ["risk_tags", "risk-tags", "tags", "风险标签", "标签"]
            case .standardisation: ["standardisation", "standardization", "标准化等级", "安全生产标准化", "标准化"]
            case .employees: ["employees", "从业人员", "从业人数", "员工人数"]
            case .grid: ["grid", "网格"]
            case .gridMember: ["grid_member", "grid-member", "网格员"]
            case .legalRepresentative: ["legal_representative", "legal-representative", "法定代表人", "法人代表", "法定代表人（负责人）"]
            }
        }
    }

    /// Parses `text`; `allowInvalidCodes` accepts codes that fail the check with a warning.
    public static func read(_ text: String, allowInvalidCodes: Bool) throws(FileError) -> Result {
        let rows: [CSV.Row]
        do {
            rows = try CSV.parse(text)
        } catch {
            throw .csv(error)
        }
        guard let header = rows.first else { throw .empty }
        var columns: [Field: Int] = [:]
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters().lowercased()
            if let field = Field.allCases.first(where: { $0.aliases.contains(name) }), columns[field] == nil {
                columns[field] = index
            }
        }
        let missing = [Field.creditCode, .name, .township].filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw .missingColumns(missing.map { $0.aliases[0] })
        }
        var result = Result(enterprises: [], warnings: [], problems: [])
        result.enterprises.reserveCapacity(rows.count)
        var seen: [String: Int] = [:]
        let nuls = text.utf8.contains(0) ? nulPositions(text) : [:]
        seen.reserveCapacity(rows.count)
        for row in rows.dropFirst() {
            // A NUL would cut the name short in C-string code downstream: refuse the row.
            if let field = row.fields.firstIndex(where: { $0.utf8.contains(0) }) {
                let line = nuls.keys.filter { $0 >= row.line }.min() ?? row.line
                let name = header.fields.indices.contains(field) ? header.fields[field] : "?"
                result.problems.append(Problem(line: line, message: InputText.nulInField.text(field + 1, name),
                                               column: nuls[line] ?? 1))
                continue
            }
            func value(_ field: Field) -> String? {
                guard let index = columns[field], index < row.fields.count else { return nil }
                return Names.normalisedOrNil(row.fields[index])
            }
            guard let rawCode = value(.creditCode) else {
                result.problems.append(Problem(line: row.line, message: "no credit code"))
                continue
            }
            guard let name = value(.name) else {
                result.problems.append(Problem(line: row.line, message: "no enterprise name"))
                continue
            }
            guard let township = value(.township) else {
                result.problems.append(Problem(line: row.line, message: "no township"))
                continue
            }
            var code = CreditCode(unchecked: rawCode)
            var valid = true
            switch CreditCode.validate(rawCode) {
            case .success(let checked):
                code = checked
            case .failure(let error):
                if allowInvalidCodes {
                    valid = false
                    result.warnings.append(Problem(line: row.line, message: EnterpriseText.acceptedInvalid.text(error.message(for: rawCode))))
                } else {
                    result.problems.append(Problem(line: row.line, message: error.message(for: rawCode)))
                    continue
                }
            }
            if let first = seen[code.value] {
                result.problems.append(Problem(line: row.line, message: "credit code \(code.value) repeats line \(first)"))
                continue
            }
            var enterprise = Enterprise(creditCode: code.value, name: name, township: township,
                                        industry: value(.industry), address: value(.address),
                                        contact: value(.contact), codeValid: valid)
            // Profile columns: an empty cell (or no column) leaves what is registered as it is.
            do throws(SupervisionError) {
                if let tags = value(.riskTags) { enterprise.riskTags = try RiskTag.parseList(tags) }
                if let level = value(.standardisation) {
                    guard let parsed = StandardisationLevel(name: level) else {
                        throw SupervisionError.unknownStandardisation(level)
                    }
                    enterprise.standardisation = parsed
                }
                if let employees = value(.employees) {
                    guard let number = Int(employees), number >= 0 else { throw SupervisionError.badEmployees(employees) }
                    enterprise.employees = number
                }
            } catch {
                result.problems.append(Problem(line: row.line, message: error.description))
                continue
            }
            enterprise.grid = value(.grid)
            enterprise.gridMember = value(.gridMember)
            enterprise.legalRepresentative = value(.legalRepresentative)
            do {
                try enterprise.checkLengths()
            } catch {
                result.problems.append(Problem(line: row.line, message: error.description))
                continue
            }
            seen[code.value] = row.line
            result.enterprises.append(enterprise)
        }
        return result
    }
}

extension String {
    /// Without leading and trailing white space (including full-width spaces).
    func trimmingCharacters() -> String {
        // Most fields start and end with a printable ASCII character: nothing to trim, and no
        // scalar properties to look up (a list's import reads six fields a row).
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        let all = unicodeScalars
        if let first = all.first, let last = all.last, !Self.isSpace(first), !Self.isSpace(last) { return self }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, Self.isSpace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, Self.isSpace(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Unicode's White_Space, answered without a property look-up above U+3000 (the
    /// ideographic space, the last white space character), where Chinese names end.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x3000 && scalar.properties.isWhitespace
    }
}
