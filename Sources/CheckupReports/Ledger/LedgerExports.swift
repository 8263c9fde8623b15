import CheckupCore
import Foundation

extension HazardLedger {
    // MARK: CSV

    /// The ledger as CSV for Excel: UTF-8 with a BOM (so Excel shows the Chinese), a header row,
    /// CRLF line ends, RFC 4180 quoting, and every cell starting with = + - @ (or tab/CR)
    /// prefixed with `'` (`CSV.field`). Dates are `yyyy-mm-dd` in station time.
    public func csv() -> Data {
        var data = Data()
        // The sink never throws here.
        try? writeCSV { data.append(contentsOf: $0) }
        return data
    }

    /// Writes the CSV ledger to `sink` in pieces of about 64 KiB, so that no buffer holds the
    /// whole file (151 MB for 200,000 hazards).
    public func writeCSV(to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(1 << 17)
        for (index, header) in headers.enumerated() {
            if index > 0 { out.append(0x2C) }
            CSV.appendField(header, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
        for index in 0..<count {
            var first = true
            row(index).forEachCell { cell in
                if !first { out.append(0x2C) }
                first = false
                switch cell {
                case .text(let text):
                    CSV.appendField(text, to: &out)
                case .number(let number) where number >= 0:
                    out.append(contentsOf: String(number).utf8)
                case .number(let number):
                    CSV.appendField(String(number), to: &out)
                case .date(let day):
                    day?.appendISO(to: &out)
                }
            }
            out.append(0x0D)
            out.append(0x0A)
            if out.count >= 1 << 16 {
                try out.withUnsafeBufferPointer(sink)
                out.removeAll(keepingCapacity: true)
            }
        }
        try out.withUnsafeBufferPointer(sink)
    }

    // MARK: XLSX

    /// Column layout of the ledger sheet, sized for printing its 35 columns across one landscape
    /// A4 page (fit to width): short columns fitted to their content within these bounds; the long texts (名称,
    /// 检查项, 描述, 依据, 整改要求) wrap in fixed widths, their rows as tall as the text. Everything
    /// but the description (unique free text) goes to the shared-string table, since names,
    /// codes, items, basis and statuses repeat from row to row.
    static func xlsxColumn(_ column: Column, _ language: Language) -> XLSXColumn {
        let header = column.header(language)
        switch column {
        case .number: return XLSXColumn(header, minWidth: 5, maxWidth: 8)
        case .found, .deadline, .verified: return XLSXColumn(header, minWidth: 11, maxWidth: 12)
        case .enterprise: return XLSXColumn(header, minWidth: 18, maxWidth: 18, wrap: true, shared: true)
        case .creditCode: return XLSXColumn(header, minWidth: 21, maxWidth: 22, shared: true)
        case .township: return XLSXColumn(header, minWidth: 8, maxWidth: 14, shared: true)
        case .item: return XLSXColumn(header, minWidth: 22, maxWidth: 22, wrap: true, shared: true)
        case .layer, .severity, .source: return XLSXColumn(header, minWidth: 6, maxWidth: 12, shared: true)
        case .description: return XLSXColumn(header, minWidth: 28, maxWidth: 28, wrap: true)
        case .basis, .remedy: return XLSXColumn(header, minWidth: 26, maxWidth: 26, wrap: true, shared: true)
        case .status: return XLSXColumn(header, minWidth: 8, maxWidth: 14, shared: true)
        case .responsible: return XLSXColumn(header, minWidth: 8, maxWidth: 14, shared: true)
        case .overdueDays, .hazardID, .evidenceCount: return XLSXColumn(header, minWidth: 6, maxWidth: 10)
        case .rectified: return XLSXColumn(header, minWidth: 11, maxWidth: 12)
        case .noticeNumber, .inspectors, .industry, .contact, .category, .verifiedBy:
            return XLSXColumn(header, minWidth: 8, maxWidth: 18, wrap: true, shared: true)
        case .place, .escalated, .supervised: return XLSXColumn(header, minWidth: 6, maxWidth: 10, shared: true)
        case .measures, .plan, .opinion: return XLSXColumn(header, minWidth: 20, maxWidth: 20, wrap: true, shared: true)
        case .funds, .timeLimit, .remediationPlan:
            return XLSXColumn(header, minWidth: 8, maxWidth: 16, wrap: true, shared: true)
        }
    }

    /// The ledger as an XLSX workbook: sheet 隐患台账 (Hazard ledger) with the rows — bold frozen
    /// header with an autofilter, fitted widths, long texts wrapped, found/deadline/verified as
    /// real dates, 序号 and 逾期天数 as numbers, text as inline strings (never formulas)
    /// neutralised as in the CSV; printed A4 landscape, all columns on the page width, the header
    /// repeated on every page — and sheet 汇总 (Totals): hazards by township × status with 合计
    /// and 逾期, and a grand-total line, printed on one A4 page. Both count as `HazardTally` defines:
    /// a fail fixed on site is 现场整改, apart from 复查销号.
    public func xlsx() throws(XLSXError) -> Data {
        let ledgerSheet = XLSXSheet(name: LedgerText.hazardLedger.text(in: language),
                                    columns: Column.allCases.map { Self.xlsxColumn($0, language) },
                                    rowCount: count, printTitles: true, autoFilter: true,
                                    pageFit: .width) { index, writer in
            row(index).forEachCell { cell in
                switch cell {
                case .text(let text): writer.text(text)
                case .number(let number): writer.number(number)
                case .date(let day):
                    if let day { writer.date(serial: day.excelSerial) } else { writer.skip() }
                }
            }
        }
        let totals = totals
        let lines = totals.townships + [totals.all]
        let totalsColumns = totalsHeaders.enumerated().map { index, header in
            XLSXColumn(header, minWidth: index == 0 ? 12 : 8, maxWidth: index == 0 ? 30 : 16, shared: index == 0)
        }
        let totalsSheet = XLSXSheet(name: LedgerText.totals.text(in: language), columns: totalsColumns,
                                    rowCount: lines.count, pageFit: .onePage,
                                    orientation: .portrait) { index, writer in
            let line = lines[index]
            writer.text(index == lines.count - 1 ? grandTotalLabel : line.township)
            for standing in HazardStanding.allCases { writer.number(line.byStanding[standing] ?? 0) }
            writer.number(line.total)
            writer.number(line.overdue)
        }
        let title = (station.map { $0 + " " } ?? "") + LedgerText.hazardLedger.text(in: language) + " " + StationDay(now).description
        return try XLSXWorkbook(sheets: [ledgerSheet, totalsSheet], title: title, created: now,
                                fontName: language == .zh ? "等线" : "Calibri").data()
    }

    // MARK: JSON

    /// The JSON ledger: `{"generated_at": …, "query": {…}, "rows": [HazardJSON…]}`.
    public struct JSONDocument: Codable, Equatable, Sendable {
        /// The selection, as given (days as `yyyy-mm-dd`).
        public struct Query: Codable, Equatable, Sendable {
            public var township: String?
            public var from: String?
            public var to: String?
            public var status: String?
        }

        /// The moment the ledger is as of (overdue is derived from it).
        public var generated_at: String
        /// What was selected.
        public var query: Query
        /// One hazard per row, in ledger order.
        public var rows: [HazardJSON]
    }

    /// The ledger as a `JSONDocument`.
    public var jsonDocument: JSONDocument {
        JSONDocument(generated_at: Timestamp.iso(now),
                     query: .init(township: query.township, from: query.from?.description, to: query.to?.description,
                                  status: query.status?.rawValue),
                     rows: (0..<count).map { index in
                         let hazard = hazard(index)
                         return HazardJSON(hazard, enterprise: enterprise(of: hazard), now: now,
                                           session: session(of: hazard))
                     })
    }

    /// The finding session's inspectors and notice number (none known: no inspectors, no number).
    func session(of hazard: Hazard) -> HazardSessionInfo {
        sessions[hazard.sessionID] ?? HazardSessionInfo(sessionID: hazard.sessionID, inspectors: [], noticeNumber: nil)
    }

    /// The JSON ledger's bytes (sorted keys, pretty printed; `JSONOutput`).
    public func json() throws -> Data {
        var data = Data()
        try writeJSON { data.append(contentsOf: $0) }
        return data
    }

    /// Writes the JSON ledger to `sink` in pieces: the document around the rows from the
    /// encoder, the rows from `HazardJSONWriter` (the same bytes, without the encoder's tree of
    /// every row's values, and without the whole text in memory at once).
    public func writeJSON(to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let wrapper = JSONDocument(generated_at: Timestamp.iso(now),
                                   query: .init(township: query.township, from: query.from?.description,
                                                to: query.to?.description, status: query.status?.rawValue),
                                   rows: [])
        let encoded = [UInt8](try JSONOutput.encode(wrapper))
        // `rows` sorts last, so the encoded document ends with its empty array.
        let tail = Array("[\n\n  ]\n}\n".utf8)
        guard encoded.count >= tail.count, encoded.suffix(tail.count).elementsEqual(tail) else {
            try [UInt8](try JSONOutput.encode(jsonDocument)).withUnsafeBufferPointer(sink)
            return
        }
        try encoded.dropLast(tail.count).withUnsafeBufferPointer(sink)
        try HazardJSONWriter.writeArray(count: count, level: 1, row: { index in
            let hazard = hazard(index)
            return HazardJSON(hazard, enterprise: enterprise(of: hazard), now: now, session: session(of: hazard))
        }, to: sink)
        try Array("\n}\n".utf8).withUnsafeBufferPointer(sink)
    }
}
