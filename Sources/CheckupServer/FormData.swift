import Foundation

/// The fields of a submitted form or query string: `application/x-www-form-urlencoded` (or a
/// query), `multipart/form-data` (with uploaded files) or a JSON object of strings (the API).
/// A field given twice keeps its first value.
public struct FormData: Sendable {
    /// One uploaded file.
    public struct File: Sendable {
        /// The form field's name.
        public var field: String
        /// The file name the browser sent (may be empty; never trusted as a path).
        public var filename: String
        /// The bytes.
        public var bytes: [UInt8]
    }

    /// Text fields, by name.
    public private(set) var fields: [String: String] = [:]
    /// Files, in the order sent.
    public private(set) var files: [File] = []

    /// An empty form.
    public init() {}

    /// The value of field `name`, if given.
    public subscript(_ name: String) -> String? { fields[name] }

    /// Fields of an urlencoded body or query (`+` is a space; percent escapes decoded; a pair
    /// that does not decode is skipped).
    public init(urlEncoded text: Substring) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if let value, fields[name] == nil { fields[name] = value }
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Fields of a JSON object whose values are strings, numbers or booleans; nil when the body
    /// is not such an object.
    public init?(json bytes: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        for (name, value) in object {
            switch value {
            case let text as String: fields[name] = text
            case let flag as Bool: fields[name] = flag ? "1" : ""
            case let number as Int: fields[name] = String(number)
            default: continue
            }
        }
    }

    /// The parts of a `multipart/form-data` body with `boundary` (RFC 7578); nil when the body is
    /// not well formed. At most `maxParts` parts are read.
    public init?(multipart bytes: [UInt8], boundary: String, maxParts: Int = 64) {
        let delimiter = Array(("--" + boundary).utf8)
        guard !boundary.isEmpty, var position = Self.find(delimiter, in: bytes, from: 0) else { return nil }
        var count = 0
        while true {
            position += delimiter.count
            // "--" after a delimiter ends the body.
            if bytes.count >= position + 2, bytes[position] == 0x2D, bytes[position + 1] == 0x2D { return }
            guard bytes.count >= position + 2, bytes[position] == 0x0D, bytes[position + 1] == 0x0A else { return nil }
            position += 2
            guard let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: bytes, from: position) else { return nil }
            let headers = String(decoding: bytes[position..<headerEnd], as: UTF8.self)
            let bodyStart = headerEnd + 4
            guard let next = Self.find([0x0D, 0x0A] + delimiter, in: bytes, from: bodyStart) else { return nil }
            count += 1
            if count > maxParts { return nil }
            let disposition = Self.disposition(headers)
            if let name = disposition["name"] {
                let body = Array(bytes[bodyStart..<next])
                if let filename = disposition["filename"] {
                    if !body.isEmpty || !filename.isEmpty {
                        files.append(File(field: name, filename: filename, bytes: body))
                    }
                } else if fields[name] == nil {
                    fields[name] = String(decoding: body, as: UTF8.self)
                }
            }
            position = next + 2
        }
    }

    /// The parameters of the Content-Disposition header among `headers`.
    private static func disposition(_ headers: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in headers.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-disposition" else { continue }
            var rest = Substring(parts[1])
            while let semicolon = rest.firstIndex(of: ";") {
                rest = rest[rest.index(after: semicolon)...]
                let trimmed = rest.drop(while: { $0 == " " })
                guard let equals = trimmed.firstIndex(of: "=") else { break }
                let key = trimmed[..<equals].lowercased()
                var value = trimmed[trimmed.index(after: equals)...]
                var text: String
                if value.hasPrefix("\"") {
                    value = value.dropFirst()
                    var collected = ""
                    var escaped = false
                    var end = value.endIndex
                    for index in value.indices {
                        let character = value[index]
                        if escaped { collected.append(character); escaped = false; continue }
                        if character == "\\" { escaped = true; continue }
                        if character == "\"" { end = index; break }
                        collected.append(character)
                    }
                    text = collected
                    rest = end < value.endIndex ? value[value.index(after: end)...] : ""
                } else {
                    let end = value.firstIndex(of: ";") ?? value.endIndex
                    text = String(value[..<end]).trimmingCharacters(in: .whitespaces)
                    rest = value[end...]
                }
                result[key] = text
            }
        }
        return result
    }

    /// The index of the first occurrence of `needle` in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
