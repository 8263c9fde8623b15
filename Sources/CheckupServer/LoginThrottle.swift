import Foundation

/// Slows down guessing: after `free` failed sign-ins in a row for one user name, or from one
/// address, each further attempt must wait — 15 s after the 5th failure, doubling with each
/// failure up to 15 minutes. An attempt too early is refused without checking the password.
/// A successful sign-in clears the user's and the address's count; a count untouched for a day
/// is forgotten.
actor LoginThrottle {
    private struct Record {
        var failures: Int
        var last: Date
    }

    private var records: [String: Record] = [:]
    /// Failures allowed before waiting starts.
    let free = 5
    /// The first wait, in seconds.
    let firstWait: TimeInterval = 15
    /// The longest wait, in seconds.
    let longestWait: TimeInterval = 900

    /// The seconds still to wait before `name` may try again from `address` (0: may try now).
    func wait(name: String, address: String, now: Date) -> Int {
        let keys = [Self.key(name: name), Self.key(address: address)]
        let seconds = keys.compactMap { records[$0] }.map { record -> TimeInterval in
            guard record.failures >= free else { return 0 }
            let wait = min(longestWait, firstWait * pow(2, Double(record.failures - free)))
            return record.last.addingTimeInterval(wait).timeIntervalSince(now)
        }.max() ?? 0
        return seconds > 0 ? Int(seconds.rounded(.up)) : 0
    }

    /// Counts a failure; returns the failures in a row of the user name.
    func failed(name: String, address: String, now: Date) -> Int {
        forgetOld(now: now)
        var count = 0
        for key in [Self.key(name: name), Self.key(address: address)] {
            var record = records[key] ?? Record(failures: 0, last: now)
            record.failures += 1
            record.last = now
            records[key] = record
            if key == Self.key(name: name) { count = record.failures }
        }
        return count
    }

    /// Clears the counts after a successful sign-in.
    func succeeded(name: String, address: String) {
        records[Self.key(name: name)] = nil
        records[Self.key(address: address)] = nil
    }

    private func forgetOld(now: Date) {
        if records.count > 10_000 || records.values.contains(where: { now.timeIntervalSince($0.last) > 86_400 }) {
            records = records.filter { now.timeIntervalSince($0.value.last) <= 86_400 }
        }
    }

    private static func key(name: String) -> String { "user:" + name }
    private static func key(address: String) -> String { "addr:" + address }
}
