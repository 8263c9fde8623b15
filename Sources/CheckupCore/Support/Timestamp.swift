import Foundation

/// Reading and writing the dates people type and reports print. A station works in China
/// Standard Time (UTC+8): a date or time given without an offset is taken to be in it.
public enum Timestamp {
    /// The station's time zone offset, UTC+8.
    public static let stationZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .current

    /// Parses `2026-11-29`, `2026-11-29T09:30`, `2026-11-29T09:30:00`, `2026-11-29 09:30:00`,
    /// with an optional fraction and `Z` or `±hh:mm` offset. Returns nil for anything else,
    /// including impossible dates (2026-02-30).
    public static func parse(_ text: String) -> Date? {
        // Trimming goes through Foundation only when there is something to trim: the importer
        // parses a date in every file it reads.
        let bytes = text.utf8
        let plain = bytes.first.map { $0 > 0x20 && $0 < 0x80 } == true && bytes.last.map { $0 > 0x20 && $0 < 0x80 } == true
        let s = plain ? Array(bytes) : Array(text.trimmingCharacters(in: .whitespaces).utf8)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= s.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = s[index + offset]
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func expect(_ char: UInt8) -> Bool {
            guard index < s.count, s[index] == char else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect(45), let month = digits(2), expect(45), let day = digits(2) else { return nil }
        var hour = 0, minute = 0, second = 0
        var nanos = 0
        var offset = stationZone.secondsFromGMT()
        if index < s.count {
            guard s[index] == 84 || s[index] == 32 else { return nil } // 'T' or ' '
            index += 1
            guard let h = digits(2), expect(58), let m = digits(2) else { return nil }
            hour = h
            minute = m
            if expect(58) {
                guard let sec = digits(2) else { return nil }
                second = sec
                if expect(46) {
                    var fraction = 0
                    var count = 0
                    while index < s.count, s[index] >= 48 && s[index] <= 57 {
                        if count < 9 { fraction = fraction * 10 + Int(s[index] - 48); count += 1 }
                        index += 1
                    }
                    guard count > 0 else { return nil }
                    for _ in count..<9 { fraction *= 10 }
                    nanos = fraction
                }
            }
            if index < s.count {
                if s[index] == 90 { // Z
                    offset = 0
                    index += 1
                } else if s[index] == 43 || s[index] == 45 { // + -
                    let sign = s[index] == 43 ? 1 : -1
                    index += 1
                    guard let oh = digits(2) else { return nil }
                    _ = expect(58)
                    guard let om = digits(2), oh <= 14, om < 60 else { return nil }
                    offset = sign * (oh * 3600 + om * 60)
                } else {
                    return nil
                }
            }
        }
        guard index == s.count else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        if year >= 1583 {
            // Gregorian arithmetic (`CivilDate`), the same moment `Calendar`
            // gives at a fraction of its cost; Foundation's calendar is Julian before 1582.
            guard day <= CivilDate.daysIn(month: month, year: year) else { return nil }
            let days = CivilDate.days(year: year, month: month, day: day)
            let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
            return Date(timeIntervalSince1970: Double(seconds) + Double(nanos) / 1_000_000_000)
        }
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute,
                                        second: second, nanosecond: nanos)
        guard let date = calendar.date(from: components) else { return nil }
        // Reject dates the calendar silently rolled over (2026-02-30 → 2026-03-02).
        let check = calendar.dateComponents([.year, .month, .day], from: date)
        guard check.year == year, check.month == month, check.day == day else { return nil }
        return date
    }

    /// `2026-11-29T09:30:00+08:00`.
    public static func iso(_ date: Date) -> String {
        // The formatter rounds to the millisecond before it drops the fraction.
        if let fields = stationFields(Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)) {
            return fields.text(dateSeparator: "-", time: "T", seconds: true, offset: true)
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = stationZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `2026-11-29` in station time.
    public static func day(_ date: Date) -> String {
        if let fields = stationFields(date) { return fields.text(dateSeparator: "-", time: nil, seconds: false, offset: false) }
        let parts = components(date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `2026-11-29 09:30` in station time.
    public static func minute(_ date: Date) -> String {
        if let fields = stationFields(date) { return fields.text(dateSeparator: "-", time: " ", seconds: false, offset: false) }
        let parts = components(date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }

    /// A moment's fields in station time, for the years 1583–9999 (where Foundation's calendar
    /// is the proleptic Gregorian one `CivilDate` computes, and years have four digits).
    /// Reports print hundreds of thousands of dates, and a formatter or calendar per date made
    /// a township ledger slow (docs/performance.md).
    struct StationFields {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

        func text(dateSeparator: Character, time: Character?, seconds: Bool, offset: Bool) -> String {
            var out = ""
            out.reserveCapacity(25)
            func put(_ value: Int, _ digits: Int) {
                var text = String(value)
                while text.count < digits { text = "0" + text }
                out += text
            }
            put(year, 4)
            out.append(dateSeparator)
            put(month, 2)
            out.append(dateSeparator)
            put(day, 2)
            guard let time else { return out }
            out.append(time)
            put(hour, 2)
            out.append(":")
            put(minute, 2)
            if seconds {
                out.append(":")
                put(second, 2)
            }
            if offset { out += "+08:00" }
            return out
        }
    }

    /// `date` in station time, whole seconds rounded down, or nil outside 1583–9999.
    static func stationFields(_ date: Date) -> StationFields? {
        let local = (date.timeIntervalSince1970 + Double(stationZone.secondsFromGMT())).rounded(.down)
        // 1583-01-01T00:00:00 and 10000-01-01T00:00:00, station time, as seconds since 1970.
        guard local >= -12_212_553_600, local < 253_402_300_800 else { return nil }
        let whole = Int(local)
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let time = whole - days * 86_400
        let (year, month, day) = CivilDate.date(days: days)
        return StationFields(year: year, month: month, day: day, hour: time / 3600, minute: time / 60 % 60,
                             second: time % 60)
    }

    static func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = stationZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }

    /// Start of the station-time day containing `date`, plus `days` days.
    public static func addingDays(_ days: Int, to date: Date) -> Date {
        date.addingTimeInterval(TimeInterval(days) * 86_400)
    }
}
