import CheckupCore
import Foundation

/// The section structure of a station's own Mustache template, read by Checkup itself before
/// swift-mustache parses it, and the bounds it is held to.
///
/// swift-mustache parses nested sections by recursion: about 1,000 nested sections overflow its
/// stack. And a section repeats its body once per element of the list it names, so list sections
/// nested in list sections multiply: twelve nested `{{#hazards}}` ran past a minute. So a
/// template is refused when it is larger than `maxBytes` or nests sections deeper than
/// `maxDepth` (checked on the text, before parsing), and, before rendering, when the largest
/// output its sections could produce from the actual data (each list section's body times the
/// longest list of that name, each value at its longest, escaped) passes `maxOutputBytes`. The
/// rendered text is measured again after rendering.
///
/// Delimiter changes (`{{=<% %>=}}`) are refused before this scan (`ReportTemplate.checkEscaped`),
/// so `{{` and `}}` are the only delimiters the scan needs to know.
struct TemplateShape: Sendable {
    /// Largest template accepted, in bytes (the shipped ones are under 10 KB).
    static let maxBytes = 256 * 1024
    /// Deepest section nesting accepted (the shipped templates nest 3 deep).
    static let maxDepth = 16
    /// Largest output a template may produce, in bytes (a notice is tens of kilobytes).
    static let maxOutputBytes = 32 * 1_048_576

    /// One section (`{{#name}}…{{/name}}`, `{{^name}}`, `{{$name}}`, `{{<name}}`) or the whole
    /// template.
    struct Section: Sendable {
        /// The name as looked up: the last dotted component, inside any transform's parentheses.
        var name: String
        /// Renders at most once (inverted sections, blocks, partials).
        var once: Bool
        /// Bytes of literal text directly inside.
        var textBytes = 0
        /// Variables directly inside.
        var variables = 0
        /// Sections directly inside.
        var children: [Section] = []
    }

    /// The template as a whole.
    let root: Section

    /// Reads the structure of `text`, refusing it when too large or too deeply nested. A
    /// malformed template (an unclosed tag or section) is left to swift-mustache to report.
    init(_ text: String, source: String) throws(TemplateError) {
        let bytes = Array(text.utf8)
        guard bytes.count <= Self.maxBytes else {
            throw .tooLarge(path: source, size: bytes.count, limit: Self.maxBytes)
        }
        var stack = [Section(name: "", once: true)]
        var line = 1
        var index = 0
        var textStart = 0
        func count(from start: Int, to end: Int) {
            for i in start..<end where bytes[i] == 0x0A { line += 1 }
        }
        scan: while index + 1 < bytes.count {
            guard bytes[index] == 0x7B, bytes[index + 1] == 0x7B else { index += 1; continue }
            stack[stack.count - 1].textBytes += index - textStart
            count(from: textStart, to: index)
            var close = index + 2
            while close + 1 < bytes.count, !(bytes[close] == 0x7D && bytes[close + 1] == 0x7D) { close += 1 }
            guard close + 1 < bytes.count else { break scan }
            let sigil = index + 2 < close ? bytes[index + 2] : 0
            let body = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                guard stack.count <= Self.maxDepth else {
                    throw .tooDeep(path: source, line: line, limit: Self.maxDepth)
                }
                stack.append(Section(name: Self.lookupName(String(body.dropFirst())), once: sigil != UInt8(ascii: "#")))
            case UInt8(ascii: "/"):
                guard stack.count > 1 else { break scan }
                let finished = stack.removeLast()
                stack[stack.count - 1].children.append(finished)
            case UInt8(ascii: "!"), UInt8(ascii: ">"):
                break
            default:
                stack[stack.count - 1].variables += 1
            }
            count(from: index, to: close)
            index = close + 2
            textStart = index
        }
        stack[stack.count - 1].textBytes += max(0, bytes.count - textStart)
        while stack.count > 1 {
            let open = stack.removeLast()
            stack[stack.count - 1].children.append(open)
        }
        root = stack[0]
    }

    /// `hazards` for `hazards`, `notice.hazards` or `reversed(hazards)`.
    static func lookupName(_ tag: String) -> String {
        var name = tag.trimmingCharacters(in: .whitespaces)
        if let open = name.lastIndex(of: "(") {
            name = String(name[name.index(after: open)...].prefix { $0 != ")" })
        }
        if name == "." { return name }
        return name.split(separator: ".").last.map(String.init) ?? name
    }

    /// The most bytes rendering `context` could produce.
    func largestOutput(for context: Any) -> Double {
        let data = ContextShape(context)
        let valueBytes = Double(max(data.longestText, 32) * 6)  // `&` → `&amp;` and the like
        func cost(_ section: Section) -> Double {
            var total = Double(section.textBytes) + Double(section.variables) * valueBytes
            for child in section.children {
                let repeats = child.once ? 1 : Double(child.name == "." ? data.longestList : data.lists[child.name] ?? 1)
                total += repeats * cost(child)
                if total > 1e15 { return total }
            }
            return total
        }
        return cost(root)
    }
}

/// The lists and texts a rendering context holds: for each property or key name, the longest
/// list under that name anywhere; the longest list and the longest text overall.
struct ContextShape {
    var lists: [String: Int] = [:]
    var longestList = 1
    var longestText = 0

    init(_ context: Any) {
        walk(context, label: nil, depth: 0)
    }

    private mutating func walk(_ value: Any, label: String?, depth: Int) {
        guard depth < 32 else { return }
        if let text = value as? String {
            longestText = max(longestText, text.utf8.count)
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection, .set:
            let count = mirror.children.count
            longestList = max(longestList, count)
            if let label { lists[label] = max(lists[label] ?? 0, count) }
            for child in mirror.children { walk(child.value, label: nil, depth: depth + 1) }
        case .dictionary:
            for child in mirror.children {
                let pair = Array(Mirror(reflecting: child.value).children)
                guard pair.count == 2 else { continue }
                walk(pair[1].value, label: "\(pair[0].value)", depth: depth + 1)
            }
        case .optional:
            if let wrapped = mirror.children.first { walk(wrapped.value, label: label, depth: depth + 1) }
        default:
            for child in mirror.children { walk(child.value, label: child.label ?? label, depth: depth + 1) }
        }
    }
}
