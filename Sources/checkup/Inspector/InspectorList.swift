import ArgumentParser
import CheckupCore
import CheckupReports

/// `checkup inspector list [--format text|json]`
struct InspectorList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the registered inspectors (检查人员名册).",
        discussion: """
        By name. text: name, certificate and telephone in columns (a note when nobody is \
        registered). json: an array of objects with name, certificate, phone (null when not given).
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let inspectors = try station.openStore().inspectors()
        switch formatOptions.format {
        case .json:
            Terminal.output(try JSONOutput.encode(inspectors.map(InspectorJSON.init)))
        case .text:
            Terminal.output(Self.text(inspectors, language: languageOptions.lang))
        }
    }

    /// The text form: a padded table, or the hint how to register one.
    static func text(_ inspectors: [Inspector], language: Language) -> String {
        guard !inspectors.isEmpty else { return InspectorText.noneRegistered.text(in: language) + "\n" }
        let header: [String] = [InspectorText.name, .certificate, .phone].map { $0.text(in: language) }
        let body: [[String]] = inspectors.map { inspector in
            [inspector.name, inspector.certificate, inspector.phone ?? ""].map(TerminalText.visible)
        }
        let rows = [header] + body
        let nameWidth = rows.map { TextWidth.of($0[0]) }.max() ?? 0
        let certificateWidth = rows.map { TextWidth.of($0[1]) }.max() ?? 0
        var text = ""
        for row in rows {
            let line = TextWidth.pad(row[0], to: nameWidth) + "  " + TextWidth.pad(row[1], to: certificateWidth) + "  " + row[2]
            text += line.trimmingTrailingSpaces + "\n"
        }
        return text
    }
}

/// `inspector list --format json`: stable keys, null when not given.
struct InspectorJSON: Encodable {
    var name: String
    var certificate: String
    @NullEncoded var phone: String?

    init(_ inspector: Inspector) {
        name = inspector.name
        certificate = inspector.certificate
        phone = inspector.phone
    }
}

extension String {
    /// The text without trailing spaces (a padded last column).
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
