import CheckupCore
import Foundation
import Mustache

/// Why a report template could not be used.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A template shipped with the package is missing from the resource bundle.
    case missing(String)
    /// A template file given with `--template` could not be read.
    case unreadable(path: String, reason: String)
    /// The template is not valid Mustache.
    case invalid(path: String, reason: String)
    /// A `--template` file uses a tag that would turn escaping off.
    case unescapedTag(path: String, line: Int, tag: String)
    /// A `--template` file is larger than `limit` bytes.
    case tooLarge(path: String, size: Int, limit: Int)
    /// A `--template` file nests sections deeper than `limit` (at `line`).
    case tooDeep(path: String, line: Int, limit: Int)
    /// A `--template` file would render more than `limit` bytes from the data at hand.
    case tooMuchOutput(path: String, bytes: Double, limit: Int)

    public var description: String {
        switch self {
        case .missing(let name):
            "report template \(name) is missing from the installation (Templates/ in the CheckupReports bundle)"
        case .unreadable(let path, let reason):
            "\(path): cannot read template: \(reason)"
        case .invalid(let path, let reason):
            "\(path): not a valid Mustache template: \(reason)"
        case .unescapedTag(let path, let line, let tag):
            "\(path):\(line): '\(tag)' turns HTML escaping off; use {{name}} so every text stays escaped"
        case .tooLarge(let path, let size, let limit):
            TemplateText.tooLarge.text(path, size, limit)
        case .tooDeep(let path, let line, let limit):
            TemplateText.tooDeep.text(path, line, limit)
        case .tooMuchOutput(let path, let bytes, let limit):
            TemplateText.tooMuchOutput.text(path, Int((bytes / 1_048_576).rounded(.up)), limit / 1_048_576)
        }
    }
}

/// Mustache templates of the HTML and Markdown reports: the ones shipped in the package's
/// `Templates/` resource folder, or a station's own (`--template FILE`).
///
/// Every value is inserted with `{{name}}`, which escapes it. A station's own template is refused
/// if it uses a tag that could turn escaping off (`{{{…}}}`, `{{&…}}`, a `{{%…}}` pragma or a
/// `{{=…=}}` delimiter change), so hostile text in names and notes stays inert whatever the layout.
public struct ReportTemplate: Sendable {
    /// Where the template came from (a file path or `Templates/NAME`), for messages.
    public let source: String
    /// The parsed template.
    let template: MustacheTemplate
    /// A station's own template's sections, whose output is bounded when rendering (nil for the
    /// shipped templates).
    let shape: TemplateShape?

    /// Output escaping of a template.
    public enum Escaping: Sendable {
        /// HTML: `< > & " '` become entities (swift-mustache's default).
        case html
        /// Markdown: `MarkdownEscaping.escape` — HTML entities plus backslash escapes, so a value
        /// cannot start a heading, list or table cell, nor inject raw HTML.
        case markdown
    }

    /// The shipped template `Templates/NAME` (for example `notice.html.mustache`).
    public static func bundled(_ name: String, escaping: Escaping) throws -> ReportTemplate {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Templates") else {
            throw TemplateError.missing(name)
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TemplateError.missing(name)
        }
        return try ReportTemplate(text: text, source: "Templates/\(name)", escaping: escaping)
    }

    /// A station's own template file, checked for tags that would turn escaping off.
    public static func file(_ path: String, escaping: Escaping) throws -> ReportTemplate {
        if let problem = RegularFile.problem(path) { throw TemplateError.unreadable(path: path, reason: problem) }
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw TemplateError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try custom(text: text, source: path, escaping: escaping)
    }

    /// A station's own template held in memory (labelled `source` in messages): refused if it
    /// could turn escaping off, is larger than 256 KB or nests sections deeper than 16 levels;
    /// its output is bounded when rendered (see `TemplateShape`).
    public static func custom(text: String, source: String, escaping: Escaping) throws -> ReportTemplate {
        try checkEscaped(text, source: source)
        let shape = try TemplateShape(text, source: source)
        return try ReportTemplate(text: text, source: source, escaping: escaping, shape: shape)
    }

    /// Parses `text`, a shipped template or one already checked. Markdown templates get the
    /// Markdown escaping pragma put in front.
    public init(text: String, source: String, escaping: Escaping) throws {
        try self.init(text: text, source: source, escaping: escaping, shape: nil)
    }

    private init(text: String, source: String, escaping: Escaping, shape: TemplateShape?) throws {
        self.source = source
        self.shape = shape
        var body = text
        if escaping == .markdown {
            MarkdownEscaping.register()
            body = "{{% CONTENT_TYPE: \(MarkdownEscaping.contentTypeName) }}\n" + body
        }
        do {
            template = try MustacheTemplate(string: body)
        } catch {
            throw TemplateError.invalid(path: source, reason: String(describing: error))
        }
    }

    /// Renders `context` (structs, dictionaries and arrays; see swift-mustache). A station's
    /// own template is refused before rendering when the data could make it produce more than
    /// 32 MB, and its result is measured again.
    public func render(_ context: Any) throws -> String {
        guard let shape else { return template.render(context) }
        let limit = TemplateShape.maxOutputBytes
        let largest = shape.largestOutput(for: context)
        guard largest <= Double(limit) else { throw TemplateError.tooMuchOutput(path: source, bytes: largest, limit: limit) }
        let text = template.render(context)
        guard text.utf8.count <= limit else {
            throw TemplateError.tooMuchOutput(path: source, bytes: Double(text.utf8.count), limit: limit)
        }
        return text
    }

    /// Refuses the tags that would let a value through unescaped: `{{{`, `{{&`, `{{%`, `{{=`.
    static func checkEscaped(_ text: String, source: String) throws {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...].drop { $0 == " " }
                if let first = after.first, "{&%=".contains(first) {
                    throw TemplateError.unescapedTag(path: source, line: index + 1, tag: "{{" + String(first))
                }
                rest = rest[open.upperBound...]
            }
        }
    }
}

/// Escaping for values inserted into Markdown: the result is inert text in paragraphs, headings
/// and table cells alike.
///
/// `&`, `<`, `>` become HTML entities (so `<script>` never reaches a renderer as a tag); the
/// inline Markdown punctuation (backslash, backtick, `*`, `_`, `[`, `]`, `|`, `~`) is
/// backslash-escaped everywhere, so a value can neither open emphasis, code, links or images nor
/// end a table cell; a value's leading `#`, `+`, `-`, `=` (after any blanks) and the `.` or `)`
/// of a leading `1. ` are escaped too, so a value placed at the start of a line cannot become a
/// heading, list item or rule; and line breaks become `<br>`, so a value always stays in its cell
/// or paragraph.
public enum MarkdownEscaping {
    /// The Mustache content type name registered for Markdown templates.
    static let contentTypeName = "CHECKUP_MARKDOWN"

    private static let registration: Void = {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
    }()

    /// Registers the content type with swift-mustache (idempotent).
    static func register() {
        _ = registration
    }

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
    }

    /// `text` escaped for Markdown.
    public static func escape(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true      // only blanks so far
        var inNumber = false    // only blanks, then at least one digit so far
        for (index, character) in characters.enumerated() {
            let wasAtStart = atStart
            let wasInNumber = inNumber
            let isBlank = character == " " || character == "\t"
            let isDigit = character.isASCII && character.isNumber
            atStart = wasAtStart && isBlank
            inNumber = isDigit && (wasAtStart || wasInNumber)
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r\n", "\r", "\n", "\u{2028}", "\u{2029}", "\u{85}": out += "<br>"
            case "\\", "`", "*", "_", "[", "]", "|", "~": out += "\\" + String(character)
            case "#", "+", "-", "=":
                out += wasAtStart ? "\\" + String(character) : String(character)
            case ".", ")":
                // `1. ` or `1)` followed by a blank or the end starts an ordered list.
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let listMarker = wasInNumber && (next == " " || next == "\t" || next.isNewline)
                out += listMarker ? "\\" + String(character) : String(character)
            default:
                out.append(character)
            }
        }
        return out
    }
}
