import Foundation

/// A scripted inspection: a header naming the enterprise, checklist, inspectors and times, then
/// the lines an inspector would type, fed to `InspectionShell` exactly as piped input is. The
/// demo replays `samples/inspections/*.txt` this way.
///
/// ```text
/// # comment
/// enterprise: 91330703MA29XXXXXX
/// checklist: gm-general
/// profile: no-dust          (optional)
/// inspector: 张三            (repeat for each)
/// started: 2026-11-10T09:30:00+08:00
/// completed: 2026-11-10T11:00:00+08:00   (optional: leave open when absent)
/// ---
/// p
/// f
/// 两名焊工证书过期
/// ...
/// ```
public struct InspectionScript: Sendable, Equatable {
    /// Credit code of the enterprise.
    public var enterprise: String
    /// Checklist id or file.
    public var checklist: String
    /// Profile, if any.
    public var profile: String?
    /// Inspectors present.
    public var inspectors: [String]
    /// When the session starts.
    public var started: Date
    /// When it is completed; nil leaves it open.
    public var completed: Date?
    /// The input lines.
    public var lines: [String]

    /// Why a script could not be read.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based line.
        public var line: Int
        /// What is wrong.
        public var message: String

        public var description: String { "line \(line): \(message)" }
    }

    /// Parses a script's text.
    public static func parse(_ text: String) throws(ParseError) -> InspectionScript {
        var fields: [String: [String]] = [:]
        var lines: [String] = []
        var inBody = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if inBody {
                lines.append(line)
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed == "---" {
                inBody = true
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw ParseError(line: index + 1, message: "expected 'key: value' or '---'")
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard ["enterprise", "checklist", "profile", "inspector", "started", "completed"].contains(key) else {
                throw ParseError(line: index + 1, message: "unknown key '\(key)'")
            }
            fields[key, default: []].append(value)
        }
        func one(_ key: String) throws(ParseError) -> String {
            guard let value = fields[key]?.first, !value.isEmpty else {
                throw ParseError(line: 1, message: "missing '\(key):'")
            }
            return value
        }
        func date(_ key: String) throws(ParseError) -> Date? {
            guard let text = fields[key]?.first else { return nil }
            guard let value = Timestamp.parse(text) else { throw ParseError(line: 1, message: "'\(key): \(text)' is not an ISO 8601 time") }
            if let refusal = DateRange.refusal("\(key):", text, date: value, range: DateRange.settable) {
                throw ParseError(line: 1, message: refusal)
            }
            return value
        }
        guard inBody else { throw ParseError(line: 1, message: "no '---' line before the answers") }
        while lines.last == "" { lines.removeLast() }
        guard let started = try date("started") else { throw ParseError(line: 1, message: "missing 'started:'") }
        return InspectionScript(enterprise: try one("enterprise"), checklist: try one("checklist"),
                                profile: fields["profile"]?.first, inspectors: fields["inspector"] ?? [],
                                started: started, completed: try date("completed"), lines: lines)
    }
}
