import Testing
@testable import CheckupCore

/// Specification of terminal display widths: Chinese and other wide text takes two columns.
@Suite("Text width")
struct TextWidthTests {
    @Test func asciiTakesOneColumnPerCharacter() {
        #expect(TextWidth.of("checkup") == 7)
        #expect(TextWidth.of("") == 0)
    }

    @Test func chineseCharactersTakeTwoColumns() {
        #expect(TextWidth.of("安全生产") == 8)
        #expect(TextWidth.of("人防") == 4)
    }

    @Test func mixedTextAddsNarrowAndWideColumns() {
        #expect(TextWidth.of("L=1.111 防控等级") == 7 + 1 + 8)
        #expect(TextWidth.of("物防 physical") == 4 + 1 + 8)
    }

    @Test func chinesePunctuationAndIdeographicSpaceTakeTwoColumns() {
        #expect(TextWidth.of("。、「」") == 8)
        #expect(TextWidth.of("\u{3000}") == 2)
    }

    @Test func fullWidthFormsTakeTwoColumns() {
        #expect(TextWidth.of("ＡＢＣ１２３") == 12)
        #expect(TextWidth.of("（）！：") == 8)
        #expect(TextWidth.of("￥") == 2)
    }

    @Test func halfWidthKatakanaTakesOneColumn() {
        #expect(TextWidth.of("ｶﾀｶﾅ") == 4)
    }

    @Test func kanaAndHangulTakeTwoColumns() {
        #expect(TextWidth.of("ひらがなカタカナ") == 16)
        #expect(TextWidth.of("한국어") == 6)
    }

    @Test func emojiInEmojiPresentationTakeTwoColumns() {
        #expect(TextWidth.of("✅") == 2)
        #expect(TextWidth.of("🔥") == 2)
        #expect(TextWidth.of("⚠️") == 2)
        #expect(TextWidth.of("👷‍♀️") == 2)
        #expect(TextWidth.of("🇨🇳") == 2)
    }

    @Test func textPresentationSymbolsTakeOneColumn() {
        #expect(TextWidth.of("⚠") == 1)
        #expect(TextWidth.of("✓") == 1)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("\u{301}") == 0)
        #expect(TextWidth.of("a\u{200B}b") == 2)
    }

    @Test func padAddsSpacesToTheDisplayWidth() {
        #expect(TextWidth.pad("人防", to: 6) == "人防  ")
        #expect(TextWidth.pad("ok", to: 4) == "ok  ")
    }

    @Test func padCanAlignToTheRightOrCentre() {
        #expect(TextWidth.pad("1.111", to: 7, alignment: .trailing) == "  1.111")
        #expect(TextWidth.pad("技防", to: 7, alignment: .center) == " 技防  ")
    }

    @Test func padLeavesWiderTextUnchanged() {
        #expect(TextWidth.pad("联防联控", to: 4) == "联防联控")
    }

    @Test func truncateLeavesTextThatFitsUnchanged() {
        #expect(TextWidth.truncate("安全", to: 4) == "安全")
        #expect(TextWidth.truncate("safe", to: 10) == "safe")
    }

    @Test func truncateCutsToTheWidthAndEndsWithAnEllipsis() {
        #expect(TextWidth.truncate("checkup station", to: 8) == "checkup…")
        #expect(TextWidth.truncate("安全生产检查站", to: 9) == "安全生产…")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        let cut = TextWidth.truncate("安全生产检查站", to: 8)
        #expect(cut == "安全生…")
        #expect(TextWidth.of(cut) == 7)
    }

    @Test func truncateToZeroOrLessIsEmpty() {
        #expect(TextWidth.truncate("安全", to: 0) == "")
        #expect(TextWidth.truncate("安全", to: -1) == "")
    }

    @Test func truncateToOneColumnIsTheEllipsis() {
        #expect(TextWidth.truncate("安全", to: 1) == "…")
    }

    @Test func fitGivesExactlyTheWidth() {
        for width in 1...12 {
            #expect(TextWidth.of(TextWidth.fit("消防通道 fire exit", to: width)) == width)
        }
    }

    @Test func fullWidthMixedTableCellsLineUp() {
        let cells = ["Ａ类企业", "B类", "危化品ＬＰＧ站"].map { TextWidth.fit($0, to: 10) }
        #expect(Set(cells.map(TextWidth.of)) == [10])
    }
}
