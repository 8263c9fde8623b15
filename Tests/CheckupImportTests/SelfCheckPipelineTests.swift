@testable import CheckupImport
import Testing

/// When a reading thread may start on another file.
@Suite struct SelfCheckPipelineTests {
    private func mayClaim(claimed: Int, taken: Int, readyFiles: Int, readyBytes: Int64) -> Bool {
        SelfCheckPipeline.mayClaim(claimed: claimed, taken: taken, window: 4, readyFiles: readyFiles,
                                   readyBytes: readyBytes, windowBytes: 100)
    }

    @Test func aReaderStartsWhileTheWindowHasRoomAndTheWaitingFilesAreSmall() {
        #expect(mayClaim(claimed: 3, taken: 0, readyFiles: 2, readyBytes: 99))
    }

    @Test func aReaderWaitsWhenWindowFilesAreClaimed() {
        #expect(!mayClaim(claimed: 4, taken: 0, readyFiles: 0, readyBytes: 0))
        #expect(mayClaim(claimed: 4, taken: 1, readyFiles: 0, readyBytes: 0))
    }

    @Test func aReaderWaitsWhenTheWaitingFilesFillTheByteBudget() {
        #expect(!mayClaim(claimed: 2, taken: 0, readyFiles: 1, readyBytes: 100))
    }

    @Test func aFileLargerThanTheBudgetGoesThroughWhenNothingWaits() {
        #expect(mayClaim(claimed: 1, taken: 1, readyFiles: 0, readyBytes: 0))
    }
}
