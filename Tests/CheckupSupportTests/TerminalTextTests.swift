import CheckupSupport
import Testing

/// Terminal output shows control, bidi and invisible characters instead of obeying them (issue
/// 14 item 11).
@Suite("Terminal text")
struct TerminalTextTests {
    @Test func anOSCTitleSequenceIsShownNotObeyed() {
        #expect(TerminalText.visible("甲\u{1B}]0;pwned\u{07}乙") == "甲␛]0;pwned␇乙")
    }

    @Test func carriageReturnNulAndDeleteAreShown() {
        #expect(TerminalText.visible("a\rb\u{0}c\u{7F}") == "a␍b␀c␡")
    }

    @Test func c1BidiAndZeroWidthCharactersAreShownByCodePoint() {
        #expect(TerminalText.visible("\u{9B}2J") == "<U+009B>2J")
        #expect(TerminalText.visible("abc\u{202E}fed") == "abc<U+202E>fed")
        #expect(TerminalText.visible("孝顺镇\u{200B}") == "孝顺镇<U+200B>")
    }

    @Test func lineFeedsTabsAndOrdinaryTextStayAsTheyAre() {
        let text = "统一社会信用代码\t91350100M000100Y43\n地址 é ü 😀\n"
        #expect(TerminalText.visible(text) == text)
    }
}
