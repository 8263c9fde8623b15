import CheckupCore
import Testing

/// The normal form of names (issue 14 item 17).
@Suite("Names")
struct NamesTests {
    @Test func zeroWidthBidiAndBOMCharactersAreRemoved() {
        #expect(Names.normalised("孝顺镇\u{200B}") == "孝顺镇")
        #expect(Names.normalised("\u{202E}金华\u{200D}机械\u{FEFF}") == "金华机械")
    }

    @Test func whiteSpaceIsTrimmedAndRunsBecomeOneSpace() {
        #expect(Names.normalised("\u{3000} 金华  某某\t机械\n") == "金华 某某 机械")
    }

    @Test func decomposedTextBecomesNFC() {
        #expect(Names.normalised("Cafe\u{301}").unicodeScalars.count == 4)
    }

    @Test func onlyInvisibleCharactersLeaveNothing() {
        #expect(Names.normalisedOrNil("\u{200B}\u{3000}") == nil)
    }
}
