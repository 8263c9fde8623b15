import CheckupSupport
import Testing

@Suite("Message catalog")
struct MessageCatalogTests {
    /// Chinese characters, CJK punctuation (、。《》) or full-width forms (：，（）): a layout
    /// template such as `{0}（{1}）` differs from its English `{0} ({1})` only there.
    private static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
        }
    }

    @Test("every message has a Chinese text")
    func everyMessageHasChinese() {
        for entry in MessageCatalog.entries {
            #expect(Self.hasCJK(entry.zh), "\(entry.key) has no Chinese text: \(entry.zh)")
        }
    }

    @Test("every message has an English text without Chinese in it")
    func everyMessageHasEnglish() {
        for entry in MessageCatalog.entries {
            #expect(!entry.en.isEmpty && !Self.hasCJK(entry.en), "\(entry.key) has no English text: \(entry.en)")
        }
    }

    @Test("both languages use the same placeholders")
    func placeholdersAgree() {
        for entry in MessageCatalog.entries {
            #expect(MessageCatalog.placeholders(in: entry.zh) == MessageCatalog.placeholders(in: entry.en),
                    "\(entry.key): zh and en use different placeholders")
        }
    }

    @Test("keys are unique")
    func keysAreUnique() {
        let keys = MessageCatalog.entries.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    @Test("placeholders take their arguments in the order each language wants")
    func fillsPlaceholders() {
        #expect(MessageCatalog.fill("{1} 的 {0}", with: ["a", "b"]) == "b 的 a")
        #expect(MessageCatalog.fill("{0}{0}", with: ["x"]) == "xx")
    }

    @Test("a placeholder without its argument stays visible")
    func missingArgumentStays() {
        #expect(MessageCatalog.fill("{0} and {1}", with: ["a"]) == "a and {1}")
        #expect(MessageCatalog.fill("{x} {0}", with: ["a"]) == "{x} a")
    }

    @Test("a message reads in the language asked for")
    func readsInLanguage() {
        #expect(FileText.noSuchFile.text("a.xml", in: .zh) == "a.xml：没有这个文件")
        #expect(FileText.noSuchFile.text("a.xml", in: .en) == "a.xml: no such file")
    }

    @Test("CHECKUP_LANG chooses the language; anything else leaves the default")
    func environmentLanguage() {
        #expect(Language.fromEnvironment(["CHECKUP_LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["CHECKUP_LANG": "zh-CN"]) == .zh)
        #expect(Language.fromEnvironment(["CHECKUP_LANG": "fr"]) == nil)
        #expect(Language.fromEnvironment([:]) == nil)
    }
}
