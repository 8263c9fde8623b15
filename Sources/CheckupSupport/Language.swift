import Foundation

/// Output language for prompts, messages and reports: Chinese by default, English on request.
public enum Language: String, CaseIterable, Codable, Sendable {
    /// Simplified Chinese, the normal case at a station.
    case zh
    /// English.
    case en

    /// Parses `zh`, `zh-CN`, `en`, `en-US` and the like.
    public init?(tag: String) {
        let lower = tag.lowercased()
        if lower.hasPrefix("zh") { self = .zh } else if lower.hasPrefix("en") { self = .en } else { return nil }
    }

    /// The language of the process's messages: Chinese unless the command line (`--lang`) or
    /// `CHECKUP_LANG` chose another. Messages that are not handed a language use this one, so an
    /// error thrown deep in a module reads in the language the user asked for.
    public static var current: Language {
        get { CurrentLanguage.shared.value }
        set { CurrentLanguage.shared.value = newValue }
    }

    /// The language `CHECKUP_LANG` names in `environment`, if it names one.
    public static func fromEnvironment(_ environment: [String: String]) -> Language? {
        environment["CHECKUP_LANG"].flatMap(Language.init(tag:))
    }
}

/// The process-wide language behind `Language.current`, behind a lock so that any thread may read it.
private final class CurrentLanguage: @unchecked Sendable {
    static let shared = CurrentLanguage()
    private let lock = NSLock()
    private var stored = Language.fromEnvironment(ProcessInfo.processInfo.environment) ?? .zh

    var value: Language {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
