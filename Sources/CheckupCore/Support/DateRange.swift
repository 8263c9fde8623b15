import Foundation

/// The dates Checkup accepts from a person, so that none lies outside the span a station's
/// records can mean: performed-at `0001-01-01` was stored a year off (the Julian calendar) and
/// year 1900 made a hazard 739,894 days overdue. A performed-at lies from 2000-01-01T00:00:00+08:00
/// to the run's now plus `clockSkew`; `--now` and an inspection script's times from 2000-01-01 to
/// the end of 2099 (`settable`: bounding them by the machine's clock would make a reproducible
/// run depend on the day it is run); a rectification deadline from the station day of
/// completion to `longestDeadline` after it. docs/limits.md documents them.
public enum DateRange {
    /// 2000-01-01T00:00:00+08:00, the earliest date accepted.
    public static let earliest = Date(timeIntervalSince1970: 946_656_000)
    /// How far past the clock a moment may lie: enterprise computers' clocks are often a few
    /// minutes fast.
    public static let clockSkew: TimeInterval = 300
    /// The latest deadline, after completion: three years (rectification periods are days to
    /// months; a few large works take a year or two).
    public static let longestDeadline: TimeInterval = 3 * 365 * 86_400

    /// 2099-12-31T23:59:59+08:00, the latest `--now` accepted.
    public static let latest = Date(timeIntervalSince1970: 4_102_415_999)

    /// The moments `--now` (and an inspection script's times) may name.
    public static let settable: ClosedRange<Date> = earliest...latest

    /// The moments that may have happened by `clock`.
    public static func moments(clock: Date = Date()) -> ClosedRange<Date> {
        earliest...max(earliest, clock.addingTimeInterval(clockSkew))
    }

    /// The deadlines a session completed at `completion` may set.
    public static func deadlines(completion: Date) -> ClosedRange<Date> {
        let day = Timestamp.parse(Timestamp.day(completion)) ?? completion
        let start = max(earliest, day)
        return start...max(start, completion.addingTimeInterval(longestDeadline))
    }

    /// Nil when `date` lies in `range`, else the refusal: what (`label`) was given (`text`) and
    /// the range, in the process's language.
    public static func refusal(_ label: String, _ text: String, date: Date, range: ClosedRange<Date>) -> String? {
        guard !range.contains(date) else { return nil }
        return DateText.outOfRange.text(label, text, Timestamp.iso(range.lowerBound), Timestamp.iso(range.upperBound))
    }
}
