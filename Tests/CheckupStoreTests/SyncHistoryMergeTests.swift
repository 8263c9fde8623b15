import Foundation
import Testing
@testable import CheckupStore

/// How a push decides about a hazard both sides hold, from its two histories (`SyncHistoryMerge`).
@Suite("Merging a hazard's histories by time")
struct SyncHistoryMergeTests {
    static let base = Date(timeIntervalSince1970: 1_780_000_000)

    static func entry(_ from: String?, _ to: String, minutes: Double) -> SyncHistoryEntry {
        SyncHistoryEntry(uid: GlobalID.make(now: base.addingTimeInterval(minutes * 60)), from: from, to: to,
                         at: base.addingTimeInterval(minutes * 60))
    }

    static let created = entry(nil, "open", minutes: 0)

    @Test func nothingNewHereIsNothingToDo() {
        let server = [Self.created, Self.entry("open", "rectifying", minutes: 5)]
        #expect(SyncHistoryMerge(local: [Self.created], server: server) == .nothingNew)
    }

    @Test func changesOnlyHereFastForward() {
        let local = [Self.created, Self.entry("open", "rectifying", minutes: 5)]
        #expect(SyncHistoryMerge(local: local, server: [Self.created]) == .fastForward)
    }

    @Test func anEventThereThenAChangeHereMakeOneLifecycle() {
        let escalated = Self.entry("open", "open", minutes: 3)
        let rectifying = Self.entry("open", "rectifying", minutes: 5)
        #expect(SyncHistoryMerge(local: [Self.created, rectifying], server: [Self.created, escalated])
                == .merged(localLast: true))
        let later = Self.entry("rectifying", "rectifying", minutes: 9)
        #expect(SyncHistoryMerge(local: [Self.created, rectifying], server: [Self.created, later])
                == .merged(localLast: false))
    }

    @Test func bothSidesMovingItOnFromOpenIsAConflict() {
        let there = Self.entry("open", "rectifying", minutes: 3)
        let here = [Self.entry("open", "rectifying", minutes: 5), Self.entry("rectifying", "rectified", minutes: 6)]
        #expect(SyncHistoryMerge(local: [Self.created] + here, server: [Self.created, there])
                == .conflict(local: "rectified", server: "rectifying"))
    }
}
