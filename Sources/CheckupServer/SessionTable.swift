import Foundation

/// The signed-in sessions, in memory: a random id (the cookie) maps to the user's name, the
/// session's CSRF token and the time of its last request. A session unused for the idle time
/// ends; a restart of the server signs everyone out (docs/api.md). The user is read from the
/// database on every request, so disabling a user ends their sessions at once.
actor SessionTable {
    /// One session.
    struct Entry: Sendable {
        /// The user's name.
        var user: String
        /// The token every form of this session carries.
        var csrf: String
        /// The last request.
        var lastSeen: Date
    }

    private var entries: [String: Entry] = [:]
    private let idle: TimeInterval

    init(idle: TimeInterval) {
        self.idle = idle
    }

    /// A new session of `user`: its id and entry.
    func create(user: String, now: Date) -> (id: String, entry: Entry) {
        prune(now: now)
        let id = Secrets.token()
        let entry = Entry(user: user, csrf: Secrets.token(), lastSeen: now)
        entries[id] = entry
        return (id, entry)
    }

    /// The session `id`, its idle clock restarted; nil (and forgotten) when unknown or idle too long.
    func touch(_ id: String, now: Date) -> Entry? {
        guard var entry = entries[id] else { return nil }
        if now.timeIntervalSince(entry.lastSeen) > idle {
            entries[id] = nil
            return nil
        }
        entry.lastSeen = now
        entries[id] = entry
        return entry
    }

    /// Ends session `id`.
    func remove(_ id: String) {
        entries[id] = nil
    }

    /// Forgets sessions idle too long (when sessions are created, so the table stays small).
    private func prune(now: Date) {
        entries = entries.filter { now.timeIntervalSince($0.value.lastSeen) <= idle }
    }
}
