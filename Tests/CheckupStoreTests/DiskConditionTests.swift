@testable import CheckupStore
import Foundation
import Testing

/// What the store adds to SQLite's "disk I/O error" when the file system explains it.
@Suite("Disk condition")
struct DiskConditionTests {
    @Test func aReadOnlyFileSystemSaysToCopyTheDatabase() {
        let hint = DiskCondition.hint(readOnly: true, bytesFree: 1 << 30)
        #expect(hint?.contains("read-only file system") == true)
        #expect(hint?.contains("copy it to a writable directory") == true)
    }

    @Test func aFullDiskSaysToFreeSpaceAndThatNothingIsLost() {
        let hint = DiskCondition.hint(readOnly: false, bytesFree: 4096)
        #expect(hint?.contains("disk holding the station database is full") == true)
        #expect(hint?.contains("nothing recorded is lost") == true)
    }

    @Test func aWritableDiskWithRoomAddsNothing() {
        #expect(DiskCondition.hint(readOnly: false, bytesFree: DiskCondition.fullBelow) == nil)
        #expect(DiskCondition.explained("disk I/O error", databaseAt: FileManager.default.temporaryDirectory.path + "/x.sqlite")
            == "disk I/O error")
    }
}
