import Foundation

/// Values that are slow to compute from the store (a township's dashboard, its graded
/// enterprises, the enterprise list's JSON), kept per key with the store's data version they
/// were computed at (`DataVersionStore.dataVersion`): a value is given again only while the
/// version is unchanged — a write by this server or by any other process (a CLI command on the
/// same database) makes the next request compute it afresh — and while it is younger than
/// `lifetime`, since values that count overdue hazards and due days also depend on the clock.
/// Requests that ask for a key while it is being computed at the same version wait for that
/// one computation instead of each starting their own.
actor ValueCache {
    /// What a value is: its kind (dashboard, grades …) and everything it was computed from
    /// besides the data (township, period, language, query).
    struct Key: Hashable, Sendable {
        /// The kind of value.
        var kind: String
        /// The township (nil: the whole district).
        var township: String?
        /// The request's other inputs, as one string.
        var detail: String
    }

    private struct Entry {
        var version: String
        var made: Date
        var task: Task<any Sendable, any Error>
    }

    private var entries: [Key: Entry] = [:]
    /// The computation in progress for each key, if any.
    private var running: [Key: Task<any Sendable, any Error>] = [:]
    private let lifetime: TimeInterval
    private let limit: Int

    /// A cache whose values live at most `lifetime` seconds (0: nothing is kept), holding at most
    /// `limit` keys.
    init(lifetime: TimeInterval, limit: Int = 256) {
        self.lifetime = lifetime
        self.limit = limit
    }

    /// The value of `key` at data version `version` and moment `now`: the one kept or being
    /// computed for that version if it is younger than the lifetime, else `make()`'s.
    func value<T: Sendable>(_ key: Key, version: String, now: Date,
                            make: @escaping @Sendable () async throws -> T) async throws -> T {
        guard lifetime > 0 else { return try await make() }
        while true {
            if let entry = entries[key], entry.version == version, now.timeIntervalSince(entry.made) < lifetime,
               now >= entry.made {
                return try await Self.cast(entry.task)
            }
            // One computation per key at a time: a request at a newer version waits for the one
            // running (now stale), then the first to look again starts the next, which the rest join.
            guard let busy = running[key] else { break }
            _ = try? await busy.value
            if running[key] == busy { running[key] = nil }
        }
        if entries.count >= limit { entries = entries.filter { now.timeIntervalSince($0.value.made) < lifetime } }
        if entries.count >= limit { entries.removeAll() }
        let task = Task<any Sendable, any Error> { try await make() }
        entries[key] = Entry(version: version, made: now, task: task)
        running[key] = task
        defer { if running[key] == task { running[key] = nil } }
        do {
            return try await Self.cast(task)
        } catch {
            // A failure is not kept: the next request tries again.
            if entries[key]?.task == task { entries[key] = nil }
            throw error
        }
    }

    private static func cast<T: Sendable>(_ task: Task<any Sendable, any Error>) async throws -> T {
        let value = try await task.value
        guard let typed = value as? T else { preconditionFailure("ValueCache: one key, two types") }
        return typed
    }
}
