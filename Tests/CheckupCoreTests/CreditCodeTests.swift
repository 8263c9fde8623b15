import Foundation
import Testing
@testable import CheckupCore

/// Specification of the unified social credit code validator (GB 32100-2015).
@Suite("Unified social credit code")
struct CreditCodeTests {
    static let valid = "91350100M000100Y43"

    @Test func theStandardExampleIsValid() throws {
        let code = try CreditCode(validating: Self.valid)
        #expect(code.value == Self.valid)
        #expect(code.isValid)
        #expect(code.description == Self.valid)
    }

    @Test func theCheckCharacterOfTheStandardExampleIsThree() {
        #expect(CreditCode.expectedCheckCharacter(for: "91350100M000100Y4") == "3")
    }

    /// Codes in the real layout (registration authority, category, division code, organisation
    /// code) whose check characters were computed independently of this implementation.
    @Test(arguments: [
        "91110108MA01ABCD1E",
        "12100000400000624D",
        "52440300MJL12345XC",
        "93330102MA2H0000K6",
        "Y1110000000000000Q",
        "91330106MA27XK4Q9N",
    ])
    func realFormatCodesWithCorrectCheckCharactersAreValid(code: String) {
        #expect(throws: Never.self) { try CreditCode(validating: code) }
    }

    @Test func checkCharacterCanBeALetter() {
        #expect(CreditCode.expectedCheckCharacter(for: "91110108MA01ABCD1") == "E")
    }

    @Test func aWrongCheckCharacterNamesTheExpectedOne() {
        #expect(throws: CreditCodeError.wrongCheckCharacter(expected: "3", found: "4")) {
            try CreditCode(validating: "91350100M000100Y44")
        }
    }

    @Test func aSingleTypoInTheBodyIsCaught() {
        #expect(throws: CreditCodeError.wrongCheckCharacter(expected: "T", found: "3")) {
            try CreditCode(validating: "91350100M000200Y43")
        }
    }

    @Test func aTooShortCodeReportsItsLength() {
        #expect(throws: CreditCodeError.wrongLength(17)) {
            try CreditCode(validating: "91350100M000100Y4")
        }
    }

    @Test func aTooLongCodeReportsItsLength() {
        #expect(throws: CreditCodeError.wrongLength(19)) {
            try CreditCode(validating: "91350100M000100Y430")
        }
    }

    @Test func anEmptyCodeHasLengthZero() {
        #expect(throws: CreditCodeError.wrongLength(0)) {
            try CreditCode(validating: "   ")
        }
    }

    @Test(arguments: ["I", "O", "S", "V", "Z", "-"])
    func lettersOutsideTheAlphabetAreRejectedWithTheirPosition(letter: String) {
        let code = "91350100" + letter + "000100Y43"
        #expect(throws: CreditCodeError.invalidCharacter(Character(letter), position: 9)) {
            try CreditCode(validating: code)
        }
    }

    @Test func anInvalidCheckCharacterIsReportedAsAnInvalidCharacter() {
        #expect(throws: CreditCodeError.invalidCharacter("Z", position: 18)) {
            try CreditCode(validating: "91350100M000100Y4Z")
        }
    }

    @Test func lowercaseInputIsAcceptedAndUppercased() throws {
        #expect(try CreditCode(validating: "91350100m000100y43").value == Self.valid)
    }

    @Test func fullWidthDigitsAndLettersAreConvertedToASCII() throws {
        #expect(try CreditCode(validating: "９１３５０１００Ｍ０００１００Ｙ４３").value == Self.valid)
        #expect(try CreditCode(validating: "91350100ｍ000100ｙ43").value == Self.valid)
    }

    @Test func surroundingWhitespaceIncludingIdeographicSpaceIsTrimmed() throws {
        #expect(try CreditCode(validating: " \t\u{3000}91350100M000100Y43\n").value == Self.valid)
    }

    @Test func innerSpacesAreNotRemoved() {
        #expect(throws: CreditCodeError.wrongLength(19)) {
            try CreditCode(validating: "91350100 M000100Y43")
        }
    }

    @Test func uncheckedCodesAreNormalisedButNotRejected() {
        let code = CreditCode(unchecked: " ９１３５０１００m000100y44 ")
        #expect(code.value == "91350100M000100Y44")
        #expect(!code.isValid)
        #expect(code.validationError == .wrongCheckCharacter(expected: "3", found: "4"))
    }

    @Test func validateReturnsTheCodeOrTheError() {
        #expect(CreditCode.validate(Self.valid) == .success(CreditCode(unchecked: Self.valid)))
        #expect(CreditCode.validate("91350100M000100Y44") == .failure(.wrongCheckCharacter(expected: "3", found: "4")))
    }

    @Test func expectedCheckCharacterNeedsSeventeenAllowedCharacters() {
        #expect(CreditCode.expectedCheckCharacter(for: "9135") == nil)
        #expect(CreditCode.expectedCheckCharacter(for: "91350100I000100Y4") == nil)
        #expect(CreditCode.expectedCheckCharacter(for: "９１３５０１００m000100y4") == "3")
    }

    @Test func everySingleCharacterChangeIsDetected() throws {
        let body = Array("91350100M000100Y4")
        for position in body.indices {
            for replacement in CreditCode.alphabet where replacement != body[position] {
                var changed = body
                changed[position] = replacement
                #expect(throws: CreditCodeError.self) {
                    try CreditCode(validating: String(changed) + "3")
                }
            }
        }
    }

    /// `init(validating:)` checks codes written as they should be on their bytes; it must
    /// agree with the check computed on Characters for every check character.
    @Test func theByteCheckAgreesWithTheCharacterCheck() throws {
        for body in ["91350100M000100Y4", "91110108MA01ABCD1", "Y111000000000000", "00000000000000000"] {
            let expected = CreditCode.expectedCheckCharacter(for: body)
            for check in CreditCode.alphabet + ["I", "a", "-"] {
                let code = body + String(check)
                #expect(CreditCode.isValidAsWritten(code) == (check == expected), "\(code)")
                if check == expected {
                    #expect(try CreditCode(validating: code).value == code)
                    #expect(CreditCode.normalise(code) == code)
                }
            }
        }
    }

    @Test func theWrongCheckCharacterMessageIsOneBilingualLine() {
        let error = CreditCodeError.wrongCheckCharacter(expected: "3", found: "4")
        #expect(error.message(for: "91350100M000100Y44")
            == "统一社会信用代码 91350100M000100Y44 无效：校验码应为 3，实为 4")
    }

    @Test func theWrongLengthMessageGivesBothLengths() {
        #expect(CreditCodeError.wrongLength(17).description == "应为 18 位，实为 17 位")
        #expect(EnterpriseText.wrongLength.text(17, in: .en) == "should be 18 characters, not 17")
    }

    @Test func theInvalidCharacterMessageNamesCharacterAndPosition() {
        let description = CreditCodeError.invalidCharacter("I", position: 9).description
        #expect(description.contains("第 9 位字符 'I' 不合法"))
        #expect(description.contains("第 9 位"))
    }

    @Test func invisibleCharactersAreSpelledOutInMessages() {
        let description = CreditCodeError.invalidCharacter("\u{200B}", position: 3).description
        #expect(description.contains("U+200B"))
        #expect(!description.contains("\n"))
    }

    @Test func codesEncodeAsPlainStrings() throws {
        let code = try CreditCode(validating: Self.valid)
        let data = try JSONEncoder().encode([code])
        #expect(String(decoding: data, as: UTF8.self) == #"["91350100M000100Y43"]"#)
        #expect(try JSONDecoder().decode([CreditCode].self, from: data) == [code])
    }
}
