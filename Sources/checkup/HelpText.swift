import CheckupCore

/// Wraps a command's discussion to 78 terminal columns, a Chinese character counting as two.
/// ArgumentParser wraps long lines by characters, so a paragraph with Chinese in it would run past
/// 80 columns; lines this returns are short enough that it leaves them alone.
enum HelpText {
    /// `text` with each paragraph's lines joined and re-broken at spaces (or between two Chinese
    /// characters) so no line is wider than `width` columns.
    static func wrap(_ text: String, width: Int = 78) -> String {
        text.components(separatedBy: "\n\n").map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
                let candidate = line.isEmpty ? word : line + " " + word
                if TextWidth.of(candidate) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = word
                while TextWidth.of(line) > width {
                    var head = ""
                    for character in line where TextWidth.of(head + String(character)) <= width { head.append(character) }
                    lines.append(head)
                    line = String(line.dropFirst(head.count))
                }
            }
            if !line.isEmpty { lines.append(line) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
