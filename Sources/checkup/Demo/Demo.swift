import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// `checkup demo`: the whole station flow on the shipped samples.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole flow on the built-in samples (演示).",
        discussion: """
        In --output DIR (default ./demo-output, recreated each run): sets the demo station's \
        identity (checkup station show), validates the catalog, \
        registers the sample enterprises of 孝顺镇 (samples/enterprises.csv), imports the \
        enterprises' self-checks (samples/selfchecks/), replays the scripted inspections \
        (samples/inspections/*.txt, the same keys an inspector types) and completes them, moves \
        hazards through rectification and verification, and writes the reports, printing where \
        each is. The samples are dated November 2026; --now defaults to 2026-11-30T17:00+08:00 so \
        the run is the same every time.
        """
    )

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: ArgumentHelp("Directory for the database and reports.", valueName: "dir"))
    var output: String = "demo-output"
    @Option(help: ArgumentHelp("A samples directory laid out as samples/ (default: the samples built into checkup).",
                               valueName: "dir"))
    var samples: String?
    @Option(help: ArgumentHelp("The moment the demo treats as now (ISO 8601).", valueName: "time"))
    var now: String = "2026-11-30T17:00:00+08:00"
    @Option(help: ArgumentHelp(
        "A PostgreSQL database to run the demo in (postgresql://user@host[:port]/dbname; it must hold no enterprises yet) instead of a fresh SQLite file in --output.",
        valueName: "url"))
    var database: String?

    func validate() throws {
        guard let date = Timestamp.parse(now) else { throw ValidationError(UsageText.notISODateOrTime.text("--now", now)) }
        if let refusal = DateRange.refusal("--now", now, date: date, range: DateRange.settable) {
            throw ValidationError(refusal)
        }
        if let database, !StationDatabase.isServer(database) {
            throw ValidationError("--database '\(database)' is not a postgresql:// URL (the demo's SQLite database is always in --output)")
        }
    }

    func run() throws {
        let now = Timestamp.parse(self.now) ?? Date()
        if let samples {
            try DemoRunner(output: output, samples: samples, catalog: catalogOptions.open(), now: now,
                           language: languageOptions.lang, server: database).run()
            return
        }
        let builtIn = try DemoSamples.extract()
        defer { try? FileManager.default.removeItem(atPath: builtIn) }
        try DemoRunner(output: output, samples: builtIn, catalog: catalogOptions.open(), now: now,
                       language: languageOptions.lang, server: database).run()
    }
}
