import Foundation

/// One hazard history entry as the merge sees it.
struct SyncHistoryEntry: Equatable {
    var uid: UUID
    var from: String?
    var to: String
    var at: Date
}

/// What to do with a hazard both sides hold, by its two histories (keyed by the entries' global
/// ids): nothing new here; only here (the server takes the laptop's state); new on both sides
/// and, merged by time, still one lifecycle (each change starts from the status the one before
/// left); or a conflict.
enum SyncHistoryMerge: Equatable {
    case nothingNew
    case fastForward
    /// Merged; `localLast` when the latest entry is the laptop's.
    case merged(localLast: Bool)
    /// The histories do not make one lifecycle (the laptop's status, the server's).
    case conflict(local: String, server: String)

    init(local: [SyncHistoryEntry], server: [SyncHistoryEntry]) {
        let serverIDs = Set(server.map(\.uid)), localIDs = Set(local.map(\.uid))
        let localNew = local.filter { !serverIDs.contains($0.uid) }
        let serverNew = server.filter { !localIDs.contains($0.uid) }
        if localNew.isEmpty {
            self = .nothingNew
            return
        }
        if serverNew.isEmpty {
            self = .fastForward
            return
        }
        let all = (server + localNew).sorted {
            $0.at != $1.at ? $0.at < $1.at : $0.uid.uuidString < $1.uid.uuidString
        }
        var chain = true
        for index in all.indices.dropFirst() where all[index].from != all[index - 1].to {
            chain = false
        }
        if chain, all.first?.from == nil {
            self = .merged(localLast: localIDs.contains(all.last!.uid))
        } else {
            let last = { (entries: [SyncHistoryEntry]) in
                entries.max { $0.at != $1.at ? $0.at < $1.at : $0.uid.uuidString < $1.uid.uuidString }?.to ?? ""
            }
            self = .conflict(local: last(local), server: last(server))
        }
    }
}
