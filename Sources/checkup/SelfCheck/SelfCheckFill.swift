import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupStore
import CheckupXML
import Foundation

/// `checkup selfcheck fill`: the inspection shell, run by an enterprise on its own machine,
/// writing a self-check file instead of a station session.
struct SelfCheckFill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Fill in a self-check item by item (填写自查).",
        discussion: """
        The same conversation and keys as `checkup inspect` (see its --help), for an \
        enterprise checking itself. Every \
        answer is written to FILE at once (atomically): after q, end of input or Ctrl-C the file \
        is a partial form — answered items set, the others with a blank status, so it cannot be \
        imported by mistake — and `--resume FILE` continues it. Completing writes the finished \
        file, with the answered items only (skipped items are left unchecked), ready for \
        `checkup import` at the station.

        The enterprise block comes from the station's register when --database names one that \
        has the enterprise; on the enterprise's own machine, give --name, --township and \
        --industry instead. performed-at is the moment the fill began (--now); performed-by is \
        --performed-by. A fail asks only for its note: the self-check format holds the result \
        and the note of each item, nothing more (docs/selfcheck-format.md).
        """
    )

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: ArgumentHelp(
        "Station database to take the enterprise from (default: $CHECKUP_DATABASE, else ./checkup.sqlite if it exists).",
        valueName: "path"))
    var database: String?
    @Option(help: ArgumentHelp("Checklist id (newest version in the catalog) or XML file.", valueName: "id|file"))
    var checklist: String?
    @Option(help: ArgumentHelp("The enterprise's credit code.", valueName: "code"))
    var enterprise: String?
    @Option(help: ArgumentHelp("Checklist profile, e.g. no-dust.", valueName: "profile"))
    var profile: String?
    @Option(name: .customLong("performed-by"), help: ArgumentHelp("Who performs the self-check.", valueName: "name"))
    var performedBy: String?
    @Option(help: ArgumentHelp("Enterprise name, when it is not in a register here.", valueName: "name"))
    var name: String?
    @Option(help: ArgumentHelp("Township, when the enterprise is not in a register here.", valueName: "name"))
    var township: String?
    @Option(help: ArgumentHelp("Industry, when the enterprise is not in a register here.", valueName: "name"))
    var industry: String?
    @Option(name: .shortAndLong, help: ArgumentHelp("The self-check file to write.", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("Continue a partial self-check file (written back to it unless -o is given).", valueName: "file"))
    var resume: String?

    func validate() throws {
        if resume == nil {
            if checklist == nil || enterprise == nil {
                throw ValidationError(UsageText.fillNeedsTarget.text())
            }
            if output == nil { throw ValidationError(UsageText.fillNeedsOutput.text()) }
        }
    }

    func run() throws {
        let catalog = try catalogOptions.open()
        let language = languageOptions.lang
        var document: SelfCheckDocument
        let loaded: LoadedChecklist
        if let resume {
            let schema = try ChecklistCatalog.selfCheckSchema()
            document = try SelfCheckReader.read(file: resume, schema: schema)
            loaded = try catalog.resolve(document.checklistID, version: document.checklistVersion)
            if let performedBy { document.performedBy = performedBy }
            if document.performedAtText.isEmpty { document.performedAtText = Timestamp.iso(nowOptions.date) }
        } else {
            loaded = try catalog.resolve(checklist ?? "")
            let block = try enterpriseBlock()
            document = SelfCheckDocument(checklistID: loaded.checklist.id, checklistVersion: loaded.checklist.version,
                                         enterprise: block, performedAtText: Timestamp.iso(nowOptions.date),
                                         performedBy: performedBy ?? "", profileID: profile)
        }
        let checklist = loaded.checklist
        var chosen: ChecklistProfile?
        if let id = document.profileID {
            guard let found = checklist.profile(id) else {
                throw ChecklistError.unknownProfile(id, checklist: checklist.id, known: checklist.profiles.map(\.id))
            }
            chosen = found
        }
        guard !document.performedBy.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(UsageText.fillNeedsPerformer.text())
        }
        guard let path = output ?? resume else { throw ValidationError(UsageText.fillNeedsOutput.text()) }
        let items = checklist.applicableItems(profile: chosen, industry: document.enterprise.industry)
        let applicable = Set(items.map(\.id))
        var answers: [String: Answer] = [:]
        for result in document.results where result.status != .unchecked && applicable.contains(result.itemID) {
            answers[result.itemID] = result.answer
        }

        /// Writes the form: every applicable item, in checklist order, answered or blank (partial),
        /// or the answered items only (finished).
        func save(finished: Bool) throws {
            var form = document
            form.results = items.compactMap { item in
                if let answer = answers[item.id] {
                    return SelfCheckResult(itemID: item.id, status: answer.result,
                                           note: answer.note.flatMap { $0.isEmpty ? nil : $0 })
                }
                return finished ? nil : SelfCheckResult(itemID: item.id, status: .unchecked)
            }
            try AtomicFile.write(try SelfCheckWriter.write(form, annotatedWith: checklist, language: language), to: path)
        }

        try save(finished: false)
        let findings = answers.values.map {
            Finding(sessionID: 0, answer: $0, recordedBy: document.performedBy, recordedAt: nowOptions.date)
        }
        var shell = InspectionShell(checklist: checklist, items: items, findings: findings,
                                    enterpriseName: document.enterprise.name, language: language, sessionID: 0,
                                    strings: ShellStrings.selfCheck(language), asksHazardDetails: false)
        let driver = ShellDriver(
            record: { answer, _ in
                answers[answer.itemID] = answer
                try save(finished: false)
            },
            complete: { try save(finished: true) })
        let ending = driver.run(&shell)
        switch ending.outcome {
        case .completed:
            Terminal.error(SelfCheckFormText.selfCheckFinishedItemsAnswered.text(path, answers.count, in: language))
        case .left, .endOfInput, .completionFailed, .closedElsewhere:
            Terminal.error(SelfCheckFormText.partialSaved.text(path, answers.count, items.count, in: language))
        }
    }

    /// The enterprise block: from the register when there is one with this enterprise, else
    /// from --name, --township and --industry.
    func enterpriseBlock() throws -> SelfCheckEnterprise {
        let code: String
        switch CreditCode.validate(enterprise ?? "") {
        case .success(let valid): code = valid.value
        case .failure(let error): throw CLIError(error.message(for: enterprise ?? ""))
        }
        let path = StationDatabase.argument(explicit: database, environment: ProcessInfo.processInfo.environment)
        if StationDatabase.isServer(path) || FileManager.default.fileExists(atPath: path),
           let registered = try StationDatabase.open(path, creating: false).enterprise(code) {
            return SelfCheckEnterprise(registered)
        }
        guard let name, let township else {
            // Options missing for this enterprise: a usage error (exit 2), like any other.
            throw ValidationError(UsageText.fillUnregistered.text(code))
        }
        return SelfCheckEnterprise(creditCode: code, name: Names.normalised(name), township: Names.normalised(township),
                                  industry: Names.normalisedOrNil(industry))
    }
}
