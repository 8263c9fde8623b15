import CLibXML2
import Foundation

/// Receives libxml2's structured errors for one parse or validation and keeps them as Swift
/// values. One collector per call; the handlers set are the context's own and, for errors
/// libxml2 raises without a context, the calling thread's (libxml2 keeps those per thread, and
/// they are restored afterwards), so parses on several threads never mix their messages and
/// nothing is printed to stderr.
final class DiagnosticCollector {
    /// A message as libxml2 reported it.
    struct Entry {
        var domain: Int32
        var level: Int32
        var line: Int
        var column: Int
        var message: String
    }

    private(set) var entries: [Entry] = []
    /// The C-side hooks; `sink` points back at this collector.
    var hooks = checkup_hooks()
    /// Stop storing past this many messages; a broken file can produce one per line.
    let cap = 1000

    init() {
        hooks.conversion_offset = -1
    }

    /// Where the first undecodable bytes are, when libxml2 reported some, as a byte offset. Read
    /// through the pointer `withHooks` gives (the hooks are being modified through it).
    static func conversionOffset(_ hooks: UnsafeMutablePointer<checkup_hooks>) -> Int? {
        hooks.pointee.conversion_offset >= 0 ? Int(hooks.pointee.conversion_offset) : nil
    }

    /// Whether `entry` is libxml2's report of bytes that do not decode.
    static func isConversionFailure(_ entry: Entry) -> Bool {
        entry.domain == Int32(XML_FROM_I18N.rawValue)
    }

    /// Runs `body` with hooks that forward into this collector. The pointer is valid only
    /// inside `body`.
    func withHooks<T, E: Error>(_ body: (UnsafeMutablePointer<checkup_hooks>) throws(E) -> T) throws(E) -> T {
        let unmanaged = Unmanaged.passUnretained(self)
        hooks.sink = unmanaged.toOpaque()
        hooks.sink_fn = { sink, domain, level, line, column, message in
            guard let sink else { return }
            let collector = Unmanaged<DiagnosticCollector>.fromOpaque(sink).takeUnretainedValue()
            collector.add(domain: domain, level: level, line: Int(line), column: Int(column), message: message)
        }
        return try withUnsafeMutablePointer(to: &hooks) { (pointer) throws(E) -> T in
            // This thread's libxml2 error handlers are ours while `body` runs (errors raised
            // without a context would otherwise be printed raw to stderr), then restored.
            let saved = checkup_errors_begin(pointer)
            defer { checkup_errors_end(saved) }
            return try body(pointer)
        }
    }

    func add(domain: Int32, level: Int32, line: Int, column: Int, message: UnsafePointer<CChar>?) {
        guard entries.count < cap else { return }
        let text = message.map { String(cString: $0) } ?? "unknown error"
        entries.append(Entry(domain: domain, level: level, line: line, column: column,
                             message: Self.clean(text)))
    }

    /// Errors and fatal errors only (warnings are dropped).
    var errors: [Entry] {
        entries.filter { $0.level >= Int32(XML_ERR_ERROR.rawValue) }
    }

    /// libxml2 messages end with a newline and sometimes name the XML namespace in braces;
    /// make them one tidy line.
    static func clean(_ message: String) -> String {
        var text = message.trimmingXMLWhitespace()
        text = text.replacingOccurrences(of: "\n", with: " ")
        if text.contains("{") { text = stripNamespaces(text) }
        return text
    }

    /// `Element '{urn:checkup:checklist:1}item'` reads better as `Element 'item'`: drop every
    /// `{namespace}` (a brace group with no white space).
    static func stripNamespaces(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let tail = rest[rest.index(after: open)...]
            if let close = tail.firstIndex(of: "}"), !tail[..<close].contains(" ") {
                rest = tail[tail.index(after: close)...]
            } else {
                out.append("{")
                rest = tail
            }
        }
        return out + rest
    }

    /// A diagnostic for an entry, with a column from the source when libxml2 gave none.
    func diagnostic(_ entry: Entry, source: SourceText?, file: String) -> XMLDiagnostic {
        var location = SourceLocation(file: file, line: entry.line, column: entry.column)
        if entry.column <= 0, let source {
            location = source.location(ofLine: entry.line)
        }
        return XMLDiagnostic(location: location, message: entry.message)
    }
}

