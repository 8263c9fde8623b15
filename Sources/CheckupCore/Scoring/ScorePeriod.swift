import Foundation

/// The period of a township report, on session start times. Either end may be open.
///
/// A bound given as a date (`2026-12-31`) covers that whole day in station time (UTC+8): `--to
/// 2026-12-31` includes a session started at 23:59 that day. A bound given with a time is taken
/// as that moment, inclusive.
public struct ScorePeriod: Sendable, Equatable {
    /// First moment included, if bounded.
    public let start: Date?
    /// First moment no longer included, if bounded.
    public let end: Date?
    /// The lower bound as given (day or ISO time), for reports.
    public let fromLabel: String?
    /// The upper bound as given (day or ISO time), for reports.
    public let toLabel: String?

    /// The unbounded period.
    public init() {
        start = nil
        end = nil
        fromLabel = nil
        toLabel = nil
    }

    /// Parses `from` and `to` with `Timestamp.parse`; nil if either is given but is not a date
    /// or time.
    public init?(from: String?, to: String?) {
        var start: Date?
        var end: Date?
        if let from {
            guard let date = Timestamp.parse(from) else { return nil }
            start = date
        }
        if let to {
            guard let date = Timestamp.parse(to) else { return nil }
            end = Self.isDayOnly(to) ? Timestamp.addingDays(1, to: date) : date.addingTimeInterval(0.001)
        }
        self.start = start
        self.end = end
        fromLabel = from.flatMap { text in start.map { Self.isDayOnly(text) ? Timestamp.day($0) : Timestamp.iso($0) } }
        toLabel = to.flatMap { text in Timestamp.parse(text).map { Self.isDayOnly(text) ? Timestamp.day($0) : Timestamp.iso($0) } }
    }

    /// Whether `date` lies in the period.
    public func contains(_ date: Date) -> Bool {
        if let start, date < start { return false }
        if let end, date >= end { return false }
        return true
    }

    /// Whether the period is empty (its end is not after its start).
    public var isEmpty: Bool {
        guard let start, let end else { return false }
        return end <= start
    }

    /// `2026-11-29` without a time part.
    public static func isDayOnly(_ text: String) -> Bool {
        !text.trimmingCharacters(in: .whitespaces).contains(where: { $0 == "T" || $0 == " " || $0 == ":" })
    }
}
