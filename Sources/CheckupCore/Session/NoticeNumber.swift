import Foundation

/// The notice number: `〈station abbreviation〉〔〈year〉〕第〈serial, at least 4 digits〉号`.
///
/// The abbreviation is the last place name in the station name — the text before its last 区,
/// 县, 市, 镇, 乡 or 街道, at most four characters — followed by 安体 (安全生产体检):
/// 金东区安全生产体检站 → 金东安体, 金华市金东区孝顺镇安全生产体检站 → 孝顺安体. A name without such a
/// place gives just 安体. The year is that of the notice date (the session's completion) in
/// station time; the serial is consecutive within the year, issued by the store when the notice
/// is first printed (`StationStore.issueNotice`) — never the session id.
public enum NoticeNumber {
    /// The number `serial` of `year` at `station`.
    public static func make(station: String, year: Int, serial: Int) -> String {
        make(prefix: abbreviation(of: station), year: year, serial: serial)
    }

    /// The number `serial` of `year` with the station's own prefix (`checkup station set
    /// --notice-prefix`), e.g. `金东安体`.
    public static func make(prefix: String, year: Int, serial: Int) -> String {
        var text = String(serial)
        while text.count < 4 { text = "0" + text }
        return "\(prefix)〔\(year)〕第\(text)号"
    }

    /// The year of `date` in station time: the year a notice dated `date` is numbered in.
    public static func year(of date: Date) -> Int {
        Int(Timestamp.day(date).prefix(4)) ?? 0
    }

    /// `金东安体` for `金东区安全生产体检站`.
    public static func abbreviation(of station: String) -> String {
        let characters = Array(station)
        var segment = ""
        var place: String?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var markerLength = 0
            if character == "街", index + 1 < characters.count, characters[index + 1] == "道" {
                markerLength = 2
            } else if "区县市镇乡".contains(character) {
                markerLength = 1
            }
            if markerLength > 0 {
                if !segment.isEmpty { place = segment }
                segment = ""
                index += markerLength
                continue
            }
            let isHan = character.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
            if isHan { segment.append(character) } else { segment = "" }
            index += 1
        }
        return String((place ?? "").suffix(4)) + "安体"
    }
}
