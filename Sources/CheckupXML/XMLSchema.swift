import CLibXML2
import CheckupSupport
import Foundation

/// A compiled XSD schema, loaded once and used to validate any number of documents.
///
/// libxml2 allows one compiled schema to be shared by validations on several threads as long as
/// each has its own validation context, which `validate` creates per call.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// Where the schema came from, for messages.
    public let path: String

    /// Loads and compiles the XSD at `path`.
    public convenience init(path: String) throws(XMLError) {
        if let problem = RegularFile.problem(path, missingIsFine: true) { throw .cannotRead(path: path, reason: problem) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotRead(path: path, reason: (error as NSError).localizedDescription)
        }
        try self.init(data: data, path: path)
    }

    /// Compiles an XSD held in memory; `path` is used in messages only.
    public init(data: Data, path: String) throws(XMLError) {
        LibXMLSetup.ensure()
        self.path = path
        let collector = DiagnosticCollector()
        let compiled: xmlSchemaPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                  let context = xmlSchemaNewMemParserCtxt(base, Int32(raw.count)) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            return collector.withHooks { hooks in
                checkup_schema_parser_hooks(context, hooks)
                return xmlSchemaParse(context)
            }
        }
        guard let compiled else {
            let reason = collector.errors.first.map { "line \($0.line): \($0.message)" } ?? "not a valid XML Schema"
            throw .badSchema(path: path, reason: reason)
        }
        pointer = compiled
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Validates a libxml2 document, returning every violation (not only the first).
    func validate(_ doc: xmlDocPtr, source: SourceText?, file: String) -> [XMLDiagnostic] {
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLDiagnostic(location: SourceLocation(file: file, line: 0, column: 0),
                                  message: "cannot create a schema validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = DiagnosticCollector()
        let result = collector.withHooks { hooks in
            checkup_schema_valid_hooks(context, hooks)
            return xmlSchemaValidateDoc(context, doc)
        }
        var diagnostics = collector.errors.map { collector.diagnostic($0, source: source, file: file) }
        if result != 0 && diagnostics.isEmpty {
            diagnostics.append(XMLDiagnostic(location: SourceLocation(file: file, line: 1, column: 1),
                                             message: "document does not match schema \(path)"))
        }
        return diagnostics
    }
}
