/// A unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character id of
/// every enterprise, used as the key that ties sessions to enterprises.
///
/// The code uses the 31 characters `0123456789ABCDEFGHJKLMNPQRTUWXY` (I, O, S, V and Z are
/// excluded), each worth its index 0…30. The 18th character is a check character:
/// c₁₈ = (31 − Σᵢ₌₁…₁₇ cᵢ·wᵢ mod 31) mod 31 with wᵢ = 3^(i−1) mod 31, catching every single
/// typo and most transpositions.
///
/// Input is normalised before checking — surrounding whitespace trimmed, lowercase ASCII
/// letters uppercased, full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) turned into ASCII —
/// because real registers and spreadsheets contain all of these.
public struct CreditCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The normalised code (18 characters if valid).
    public let value: String

    /// The 31 allowed characters; a character's value is its index.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// The weights of positions 1…17 (3^(i−1) mod 31).
    public static let weights: [Int] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Creates a code from user input, throwing if it is not a valid code after normalisation.
    public init(validating input: String) throws(CreditCodeError) {
        // Nearly every code is written as it should be: checked on its bytes, that is far
        // cheaper than normalising it and checking it as Characters (the importer checks one
        // per file; docs/performance.md has the figures).
        if CreditCode.isValidAsWritten(input) {
            self.value = input
            return
        }
        let normalised = CreditCode.normalise(input)
        if let error = CreditCode.firstError(in: normalised) { throw error }
        self.value = normalised
    }

    /// Creates a code without checking it (for `--allow-invalid-code`), still normalising
    /// whitespace, case and full-width characters so that the same enterprise gets the same key.
    public init(unchecked input: String) {
        self.value = CreditCode.normalise(input)
    }

    /// Validates `input`, returning the code or the first problem found.
    public static func validate(_ input: String) -> Result<CreditCode, CreditCodeError> {
        do throws(CreditCodeError) {
            return .success(try CreditCode(validating: input))
        } catch {
            return .failure(error)
        }
    }

    /// The check character that should follow `first17`, or `nil` unless `first17` is, after
    /// normalisation, exactly 17 allowed characters.
    public static func expectedCheckCharacter(for first17: String) -> Character? {
        let characters = Array(normalise(first17))
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (index, character) in characters.enumerated() {
            guard let value = characterValues[character] else { return nil }
            sum += value * weights[index]
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// Whether `input` is a valid code exactly as written: 18 allowed characters (so that
    /// normalising leaves it as it is) with the right check character.
    static func isValidAsWritten(_ input: String) -> Bool {
        guard input.utf8.count == 18 else { return false }
        var sum = 0
        var position = 0
        for byte in input.utf8 {
            guard byte < 0x80 else { return false }
            let value = byteValues[Int(byte)]
            guard value >= 0 else { return false }
            if position == 17 { return value == (31 - sum % 31) % 31 }
            sum += value * weights[position]
            position += 1
        }
        return false
    }

    /// Each ASCII byte's value as a code character, or -1 where it is not one.
    private static let byteValues: [Int] = {
        var values = [Int](repeating: -1, count: 128)
        for (index, character) in alphabet.enumerated() {
            if let ascii = character.asciiValue { values[Int(ascii)] = index }
        }
        return values
    }()

    /// Normalises input: trims whitespace (including the ideographic space U+3000), converts
    /// full-width ASCII digits and letters to ASCII, and uppercases ASCII letters.
    public static func normalise(_ input: String) -> String {
        // Printable ASCII without lowercase letters, as codes nearly always are, stays as it is.
        if input.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !($0 >= 0x61 && $0 <= 0x7A) }) { return input }
        var scalars = String.UnicodeScalarView()
        for scalar in input.trimmingWhitespace().unicodeScalars {
            var value = scalar.value
            if (0xFF10...0xFF19).contains(value) || (0xFF21...0xFF3A).contains(value)
                || (0xFF41...0xFF5A).contains(value) {
                value -= 0xFEE0
            }
            if (0x61...0x7A).contains(value) { value -= 0x20 }
            scalars.append(Unicode.Scalar(value) ?? scalar)
        }
        return String(scalars)
    }

    /// Whether this code is valid (always true for codes created with `init(validating:)`).
    public var isValid: Bool { CreditCode.firstError(in: value) == nil }

    /// Why this code is invalid, or `nil` if it is valid.
    public var validationError: CreditCodeError? { CreditCode.firstError(in: value) }

    /// The code itself.
    public var description: String { value }

    /// Decodes a code from a plain string. Decoding does not reject invalid codes (stored data
    /// may have been accepted with `--allow-invalid-code`); check `isValid` where it matters.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(unchecked: try container.decode(String.self))
    }

    /// Encodes the code as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    private static let characterValues: [Character: Int] = {
        var values: [Character: Int] = [:]
        for (index, character) in alphabet.enumerated() {
            values[character] = index
        }
        return values
    }()

    /// The first problem in an already normalised code: length, then characters left to
    /// right, then the check character.
    private static func firstError(in normalised: String) -> CreditCodeError? {
        let characters = Array(normalised)
        guard characters.count == 18 else { return .wrongLength(characters.count) }
        for (index, character) in characters.enumerated() where characterValues[character] == nil {
            return .invalidCharacter(character, position: index + 1)
        }
        guard let expected = expectedCheckCharacter(for: String(characters[0..<17])) else {
            return .wrongLength(characters.count)
        }
        if expected != characters[17] {
            return .wrongCheckCharacter(expected: expected, found: characters[17])
        }
        return nil
    }
}

/// Why a string is not a valid unified social credit code.
///
/// Descriptions are one line, English with the Chinese phrase an official would recognise;
/// use `message(for:)` for a complete line naming the code.
public enum CreditCodeError: Error, Equatable, CustomStringConvertible {
    /// The normalised input does not have 18 characters (the associated value is its length).
    case wrongLength(Int)
    /// A character outside `0-9 A-Z` minus I, O, S, V, Z, at a 1-based position.
    case invalidCharacter(Character, position: Int)
    /// The 18th character is not the one computed from the first 17.
    case wrongCheckCharacter(expected: Character, found: Character)

    /// The problem, for example `check character should be 3, not 4 (校验码应为 3)`.
    public var description: String {
        switch self {
        case .wrongLength(let length):
            EnterpriseText.wrongLength.text(length)
        case .invalidCharacter(let character, let position):
            EnterpriseText.invalidCharacter.text(CreditCodeError.quoted(character), position)
        case .wrongCheckCharacter(let expected, let found):
            EnterpriseText.wrongCheck.text(expected, found)
        }
    }

    /// A complete one-line message, e.g. `invalid credit code 91350100M000100Y44: check
    /// character should be 3, not 4 (校验码应为 3)`.
    public func message(for input: String) -> String {
        EnterpriseText.invalidCode.text(CreditCode.normalise(input), description)
    }

    /// Quotes a character, spelling out invisible ones as U+XXXX so messages stay one line.
    private static func quoted(_ character: Character) -> String {
        let visible = character.unicodeScalars.allSatisfy { scalar in
            !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
                && scalar.properties.generalCategory != .format
        }
        if visible { return "'\(character)'" }
        let codes = character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return codes.joined(separator: " ")
    }
}

extension String {
    /// The string without leading and trailing Unicode whitespace (U+3000 included).
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...last])
    }
}
