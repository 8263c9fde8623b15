import CheckupCore
import CheckupXML
import Foundation

/// Reads a filled-in Excel self-check form (`selfcheck template --format xlsx`) as the
/// self-check it stands for, checking what only a form can get wrong: its identity (the hidden
/// sheet 表单信息, its seal, a checklist version and text the catalog has), its rows (each item
/// on the row the station put it), and its answers (a 结果 from the list, a 问题描述 for every
/// 不符合, 自查时间 and 自查人). Every refusal names its cell. The document read then goes
/// through the same `SelfCheckRules` as a self-check file.
///
/// The form's content is the self-check it stands for: `contentHash` is the SHA-256 of that
/// self-check written as XML (`SelfCheckWriter.write`, no comments), so a workbook re-saved by
/// Excel, WPS or LibreOffice without a change is a duplicate, and so is the file
/// `selfcheck convert` makes of it.
public enum SelfCheckFormReader {
    /// A form read and checked as a form.
    public struct Reading: Sendable {
        /// The self-check the form stands for; locations name cells.
        public var document: SelfCheckDocument
        /// The catalog's checklist the form names.
        public var entry: SelfCheckCatalog.Entry
        /// SHA-256 of the document written as a self-check file.
        public var contentHash: String
        /// That file's bytes.
        public var xml: Data
    }

    /// Whether `path` names an Excel workbook by its extension (`.xlsx`, `.xlsm`, any case).
    public static func isWorkbook(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")
    }

    /// Reads the workbook `bytes` (named `file` in messages).
    public static func read(bytes: Data, file: String, catalog: SelfCheckCatalog) -> Result<Reading, FormProblems> {
        do throws(FormRefusal) {
            if file.lowercased().hasSuffix(".xlsm") {
                throw FormRefusal(file: file, FormText.macros.text())
            }
            return .success(try reading(bytes: bytes, file: file, catalog: catalog))
        } catch {
            return .failure(FormProblems(problems: error.problems))
        }
    }

    private static func reading(bytes: Data, file: String, catalog: SelfCheckCatalog) throws(FormRefusal) -> Reading {
        let layout = SelfCheckFormLayout.self
        let workbook = try XLSXReader(bytes: bytes, file: file)
        func at(_ sheet: String, _ column: Int, _ row: Int) -> SourceLocation {
            SourceLocation(file: file, cell: layout.cell(sheet: sheet, column: column, row: row))
        }
        guard let identityCells = try workbook.cells(ofSheet: layout.identitySheet, keep: { _, column in column < 3 }) else {
            throw FormRefusal(file: file, FormText.notForm.text(layout.identitySheet))
        }
        let identity = try readIdentity(identityCells, file: file, at: at)
        let (match, entry) = catalog.match(id: identity.identity.checklistID, version: identity.identity.checklistVersion)
        let checklistCell = at(layout.identitySheet, 1, identity.rows["checklist"] ?? 1)
        let versionCell = at(layout.identitySheet, 1, identity.rows["checklist-version"] ?? 1)
        switch match {
        case .unknownChecklist(let known):
            throw FormRefusal([XMLDiagnostic(location: checklistCell, message: FormText.checklistUnknown.text(
                identity.identity.checklistID, known.joined(separator: ", ")))])
        case .unknownVersion(let known):
            throw FormRefusal([XMLDiagnostic(location: versionCell, message: FormText.versionUnknown.text(
                identity.identity.checklistID, identity.identity.checklistVersion, known.joined(separator: ", ")))])
        case .found: break
        }
        guard let entry else { throw FormRefusal(file: file, FormText.notForm.text(layout.identitySheet)) }
        guard entry.loaded.contentHash == identity.identity.checklistHash else {
            throw FormRefusal([XMLDiagnostic(location: at(layout.identitySheet, 1, identity.rows["checklist-sha256"] ?? 1),
                                             message: FormText.checklistChanged.text(identity.identity.checklistID,
                                                                                     identity.identity.checklistVersion))])
        }

        let wantedColumns: Set<Int> = [layout.valueColumn, layout.idColumn, layout.resultColumn, layout.noteColumn]
        let headerEnd = layout.headerRow
        guard let cells = try workbook.cells(ofSheet: layout.formSheet, keep: { row, column in
            row > headerEnd ? wantedColumns.contains(column) && column != layout.valueColumn
                : column == layout.valueColumn && (row == layout.performedAtRow || row == layout.performedByRow)
        }) else {
            throw FormRefusal(file: file, FormText.notForm.text(layout.formSheet))
        }

        var problems: [XMLDiagnostic] = []
        func problem(_ location: SourceLocation, _ message: String) {
            problems.append(XMLDiagnostic(location: location, message: message))
        }
        let sheet = layout.formSheet
        // 自查时间 and 自查人.
        let performedAtCell = at(sheet, layout.valueColumn, layout.performedAtRow)
        let performedByCell = at(sheet, layout.valueColumn, layout.performedByRow)
        var performedAtText = ""
        if let cell = cells[layout.performedAtRow, layout.valueColumn], !cell.text.trimmingXMLWhitespace().isEmpty {
            if let date = moment(cell) {
                performedAtText = Timestamp.iso(date)
            } else {
                problem(performedAtCell, FormText.performedAtInvalid.text(cell.text.trimmingXMLWhitespace()))
            }
        } else {
            problem(performedAtCell, FormText.performedAtBlank.text())
        }
        let performedBy = cells[layout.performedByRow, layout.valueColumn]?.text.trimmingXMLWhitespace() ?? ""
        if performedBy.isEmpty { problem(performedByCell, FormText.performedByBlank.text()) }

        // The rows, each where the station put it, and their answers.
        var results: [SelfCheckResult] = []
        results.reserveCapacity(identity.identity.items.count)
        for item in identity.identity.items {
            let found = cells[item.row, layout.idColumn]?.text.trimmingXMLWhitespace() ?? ""
            guard found == item.id else {
                problem(at(sheet, layout.idColumn, item.row), FormText.rowMoved.text(item.id, found))
                continue
            }
            let resultCell = at(sheet, layout.resultColumn, item.row)
            let answer = cells[item.row, layout.resultColumn]?.text.trimmingXMLWhitespace() ?? ""
            let note = cells[item.row, layout.noteColumn]?.text.trimmingXMLWhitespace() ?? ""
            let status: ItemResult
            if answer.isEmpty {
                problem(resultCell, FormText.resultBlank.text(item.id))
                continue
            } else if let known = layout.result(answer) {
                status = known
            } else {
                problem(resultCell, FormText.resultInvalid.text(item.id, answer))
                continue
            }
            if status == .fail && note.isEmpty {
                problem(resultCell, FormText.noteRequired.text())
            }
            let length = note.unicodeScalars.count
            if length > TextLimits.note {
                problem(at(sheet, layout.noteColumn, item.row), FormText.noteTooLong.text(length, TextLimits.note))
            }
            results.append(SelfCheckResult(itemID: item.id, status: status, note: note.isEmpty ? nil : note,
                                           location: resultCell))
        }
        if !problems.isEmpty { throw FormRefusal(problems) }

        var locations = SelfCheckDocument.Locations(file: file)
        locations.root = checklistCell
        locations.enterprise = at(layout.identitySheet, 1, identity.rows["credit-code"] ?? 1)
        locations.performedAt = performedAtCell
        locations.performedBy = performedByCell
        locations.profile = at(layout.identitySheet, 1, identity.rows["profile"] ?? 1)
        let document = SelfCheckDocument(
            checklistID: identity.identity.checklistID, checklistVersion: identity.identity.checklistVersion,
            enterprise: identity.identity.enterprise, performedAtText: performedAtText, performedBy: performedBy,
            profileID: identity.identity.profileID, results: results, locations: locations)
        let xml: Data
        do {
            xml = try SelfCheckWriter.write(document)
        } catch {
            throw FormRefusal(file: file, FormText.damaged.text(error.description))
        }
        return Reading(document: document, entry: entry, contentHash: ContentHash.sha256(xml), xml: xml)
    }

    /// The identity on the hidden sheet, with the row of each key.
    private static func readIdentity(_ cells: XLSXCells, file: String,
                                     at: (String, Int, Int) -> SourceLocation) throws(FormRefusal)
        -> (identity: SelfCheckFormIdentity, rows: [String: Int]) {
        let sheet = SelfCheckFormLayout.identitySheet
        var values: [String: String] = [:]
        var rows: [String: Int] = [:]
        var items: [SelfCheckFormIdentity.Item] = []
        for row in cells.rows.keys.sorted() {
            guard let key = cells[row, 0]?.text else { continue }
            let value = cells[row, 1]?.text ?? ""
            if key == "item" {
                items.append(.init(id: value, row: Int(cells[row, 2]?.text ?? "") ?? 0))
            } else if values[key] == nil {
                values[key] = value
                rows[key] = row
            }
        }
        guard let format = values["format"] else {
            throw FormRefusal(file: file, FormText.notForm.text(sheet))
        }
        guard format == SelfCheckFormIdentity.format else {
            throw FormRefusal([XMLDiagnostic(location: at(sheet, 1, rows["format"] ?? 1),
                                             message: FormText.identityFormat.text(format))])
        }
        func value(_ key: String) -> String { values[key] ?? "" }
        let industry = value("industry")
        let identity = SelfCheckFormIdentity(
            checklistID: value("checklist"), checklistVersion: value("checklist-version"),
            checklistHash: value("checklist-sha256"), profileID: value("profile").isEmpty ? nil : value("profile"),
            enterprise: SelfCheckEnterprise(creditCode: value("credit-code"), name: value("name"),
                                            township: value("township"), industry: industry.isEmpty ? nil : industry),
            items: items)
        // The seal over every value and item, as the station wrote them.
        guard value("items") == String(items.count), identity.seal == value("seal") else {
            throw FormRefusal([XMLDiagnostic(location: at(sheet, 1, rows["seal"] ?? SelfCheckFormIdentity.sealRow),
                                             message: FormText.identityEdited.text())])
        }
        return (identity, rows)
    }

    /// 自查时间 as a moment: a number is a date serial (days since 1899-12-30, in station time);
    /// text is a date and time as people write it (`2026-11-02 09:30`, `2026/11/2 9:30`,
    /// `2026年11月2日 9时30分`, or ISO 8601 with an offset); a date alone is its midnight.
    static func moment(_ cell: XLSXCell) -> Date? {
        let text = cell.text.trimmingXMLWhitespace()
        if cell.numeric {
            guard let serial = Double(text), serial.isFinite, serial > 0, serial < 2_958_466 else { return nil }
            let seconds = ((serial - 25_569) * 86_400).rounded() - Double(Timestamp.stationZone.secondsFromGMT())
            return Date(timeIntervalSince1970: seconds)
        }
        if let date = Timestamp.parse(text) { return date }
        // Digits in groups, separated by anything a person types between them.
        var groups: [Int] = []
        var current: Int?
        for scalar in text.unicodeScalars {
            if let digit = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil,
               scalar.value < 0x80 || (scalar.value >= 0xFF10 && scalar.value <= 0xFF19) {
                current = (current ?? 0) * 10 + Int(digit)
                if (current ?? 0) > 99_999 { return nil }
            } else {
                if let value = current { groups.append(value) }
                current = nil
                guard " -/.:年月日时分秒点T".unicodeScalars.contains(scalar) || scalar == "\u{3000}" else { return nil }
            }
        }
        if let value = current { groups.append(value) }
        guard groups.count == 3 || groups.count == 5 || groups.count == 6, groups[0] >= 1000 else { return nil }
        let padded = groups + Array(repeating: 0, count: 6 - groups.count)
        let iso = String(format: "%04d-%02d-%02d %02d:%02d:%02d", padded[0], padded[1], padded[2], padded[3], padded[4], padded[5])
        return Timestamp.parse(iso)
    }
}

/// Why a form was refused: every problem found, each at its cell.
public struct FormProblems: Error, Sendable {
    /// The problems.
    public var problems: [XMLDiagnostic]
}
