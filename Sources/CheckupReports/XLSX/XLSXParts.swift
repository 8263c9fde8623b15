import Foundation

/// The small fixed parts of an XLSX package: content types, relationships, document
/// properties, the workbook and the style sheet.
struct XLSXParts {
    let workbook: XLSXWorkbook

    init(workbook: XLSXWorkbook) {
        self.workbook = workbook
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var contentTypes: String {
        var xml = Self.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in workbook.sheets.indices {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        xml += "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
        return xml
    }

    var rootRelationships: String {
        Self.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
            + "core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(Self.relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    var app: String {
        Self.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>\(XLSXText.escaped(workbook.creator))</Application></Properties>"
    }

    var core: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.formatOptions = [.withInternetDateTime]
        let created = formatter.string(from: workbook.created)
        return Self.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XLSXText.escaped(workbook.title))</dc:title>"
            + "<dc:creator>\(XLSXText.escaped(workbook.creator))</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(created)</dcterms:created>"
            + "</cp:coreProperties>"
    }

    var workbookXML: String {
        var xml = Self.declaration
            + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
        if workbook.lockStructure { xml += "<workbookProtection lockStructure=\"1\"/>" }
        xml += "<bookViews><workbookView/></bookViews><sheets>"
        for (index, sheet) in workbook.sheets.enumerated() {
            let state = sheet.visibility == .visible ? "" : " state=\"\(sheet.visibility.rawValue)\""
            xml += "<sheet name=\"\(XLSXText.escaped(sheet.name, attribute: true))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        var names = ""
        for (index, sheet) in workbook.sheets.enumerated() {
            let absolute = sheet.range.split(separator: ":").map { corner in
                let letters = corner.prefix { $0.isLetter }
                return "$" + letters + "$" + corner.dropFirst(letters.count)
            }.joined(separator: ":")
            if sheet.autoFilter {
                names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                    + XLSXText.escaped(sheet.quotedName + "!" + absolute) + "</definedName>"
            }
            if sheet.printTitles {
                names += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                    + XLSXText.escaped(sheet.quotedName + "!$\(sheet.headerRow):$\(sheet.headerRow)") + "</definedName>"
            }
        }
        if !names.isEmpty { xml += "<definedNames>" + names + "</definedNames>" }
        xml += "</workbook>"
        return xml
    }

    var workbookRelationships: String {
        var xml = Self.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in workbook.sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationshipNamespace)/worksheet\" "
                + "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(workbook.sheets.count + 1)\" Type=\"\(Self.relationshipNamespace)/styles\" "
            + "Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(workbook.sheets.count + 2)\" Type=\"\(Self.relationshipNamespace)/sharedStrings\" "
            + "Target=\"sharedStrings.xml\"/></Relationships>"
        return xml
    }

    /// Styles in the order of `XLSXStyle`: body (top-aligned; the default, so body cells need
    /// no `s` attribute — the Normal cell style is top-aligned as well), header (bold, grey
    /// fill), date, wrapped text; then the styles of forms: bold, a section row (bold on a
    /// light blue fill), wrapped bold, and the cells a person fills in (unlocked on a protected
    /// sheet, on a light yellow fill: wrapped text, and a date and time). One differential
    /// format (a light red fill) marks what conditional formatting highlights.
    var styles: String {
        let font = XLSXText.escaped(workbook.fontName, attribute: true)
        return Self.declaration
            + "<styleSheet xmlns=\"\(Self.mainNamespace)\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>"
            + "<fonts count=\"2\">"
            + "<font><sz val=\"11\"/><name val=\"\(font)\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"\(font)\"/><family val=\"2\"/></font>"
            + "</fonts>"
            + "<fills count=\"5\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "</fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            // The Normal style is top-aligned too: LibreOffice gives a cell without `s` the named
            // style's alignment, not cellXfs 0's, and rows of wrapped text need every cell at the top.
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\"/></xf></cellStyleXfs>"
            + "<cellXfs count=\"9\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" "
            + "applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
            + "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" "
            + "applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"4\" borderId=\"0\" xfId=\"0\" applyFill=\"1\" applyAlignment=\"1\" "
            + "applyProtection=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/><protection locked=\"0\"/></xf>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"4\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\" "
            + "applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"top\" horizontal=\"left\"/><protection locked=\"0\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "<dxfs count=\"1\"><dxf><fill><patternFill patternType=\"solid\"><bgColor rgb=\"FFFFC7CE\"/></patternFill></fill></dxf></dxfs>"
            + "</styleSheet>"
    }
}
