import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupServer

/// `checkup score SESSION | --enterprise CODE | --township T`
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a session, enterprise or township (防控评分).",
        discussion: """
        Give exactly one of SESSION, --enterprise or --township. The model and every JSON key are \
        explained in docs/scoring.md: per layer A (applicable), E (examined), P (passed) weight, \
        coverage E/A, compliance P/E, score P/A; the defence level L = 1 + weighted mean of the \
        physical, technical and joint scores (1.0 → 2.0); human (人防) is the 1.0 baseline.

        checkup score 12: the score card of session 12 — layer bars, L, open hazards by severity, \
        and what raises L most (ΔL if a failed or unchecked item passed). JSON keys: session, kind, \
        status, enterprise{credit_code,name,township}, checklist{id,version}, started_at, \
        completed_at, level, band, reached_2_0, layers.<layer>{applicable,examined,passed,coverage,\
        compliance,score,covered}, weights{physical,technical,joint}, hazards.open{major,general}, \
        gains[]{item,title,layer,result,weight,delta_level,delta_layer_score}.

        checkup score --enterprise CODE: the latest completed inspection and the trend over all \
        completed inspections (oldest first); self-checks are reported apart. JSON keys: \
        enterprise, latest, trend[]{date,session,checklist,level,layers}, self_checks{latest,trend}.

        checkup score --township 孝顺镇 --from 2026-01-01 --to 2026-12-31: each\nregistered \
        enterprise's latest completed inspection started in the period (--to covers that whole \
        day): mean L and layer scores, level bands, how many reach 2.0, and the enterprises not \
        inspected. Self-checks count only with --include-self-checks. JSON keys: township, from, \
        to, include_self_checks, enterprises, inspected, not_inspected, mean_level, mean_layers, \
        covered, bands, reached_2_0, units[], not_inspected_enterprises[], and supervision{colours, \
        changes[] (since --from), patrols[]} as in report township (docs/supervision.md).

        Refused (exit 1): unknown session or enterprise, a township with no registered enterprises.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Argument(help: ArgumentHelp("Session id to score.", valueName: "session"))
    var session: Int64?

    @Option(help: ArgumentHelp("Credit code: the enterprise's latest inspection and its trend.", valueName: "code"))
    var enterprise: String?

    @Option(help: ArgumentHelp("Township (乡镇/街道): summary over its registered enterprises.", valueName: "name"))
    var township: String?

    @Option(help: ArgumentHelp("With --township: first day of the period (ISO 8601 date or time, UTC+8).",
                               valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("With --township: last day of the period, inclusive of that whole day.",
                               valueName: "date"))
    var to: String?

    @Flag(name: .customLong("include-self-checks"),
          help: "With --township: let self-checks count as well as inspections.")
    var includeSelfChecks = false

    func validate() throws {
        let targets = [session != nil, enterprise != nil, township != nil].filter { $0 }.count
        guard targets == 1 else {
            throw ValidationError(UsageText.scoreOneTarget.text())
        }
        if township == nil {
            if from != nil || to != nil || includeSelfChecks {
                throw ValidationError(UsageText.scorePeriodOnlyTownship.text())
            }
        }
        for (label, value) in [("--from", from), ("--to", to)] {
            if let value, Timestamp.parse(value) == nil {
                throw ValidationError(UsageText.notISODateOrTime.text(label, value))
            }
        }
        if let township, township.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(UsageText.mustNotBeEmpty.text("--township"))
        }
        if let period = ScorePeriod(from: from, to: to), period.isEmpty {
            throw ValidationError(UsageText.periodEmpty.text())
        }
    }

    func run() throws {
        let language = languageOptions.lang
        let station = try station.openStation()
        if let session {
            let report = ScoreReport(try station.sessionData(session), language: language)
            try emit(json: report.json(), text: report.text())
        } else if let enterprise {
            let report = try station.enterpriseTrend(enterprise, language: language)
            try emit(json: report.json(), text: report.text())
        } else if let township {
            guard let period = ScorePeriod(from: from, to: to) else {
                throw ValidationError(UsageText.periodNotDates.text())
            }
            var cache: [String: Checklist] = [:]
            let report = TownshipScoreReport(try station.township(Names.normalised(township),
                                                                  period: period, includeSelfChecks: includeSelfChecks,
                                                                  cache: &cache),
                                             language: language)
            let colours = try station.townshipSupervision(Names.normalised(township), period: period,
                                                          now: nowOptions.date, policy: try policyOptions.load(),
                                                          language: language)
            try emit(json: TownshipScoreWithColours(base: report.json(), supervision: colours.json()),
                     text: report.text() + colours.text())
        }
    }

    private func emit(json: some Encodable, text: @autoclosure () -> String) throws {
        switch formatOptions.format {
        case .json: Terminal.output(try JSONOutput.encode(json))
        case .text: Terminal.output(text())
        }
    }
}

/// `score --township`'s JSON: the township score's keys and `supervision` beside them.
struct TownshipScoreWithColours<Base: Encodable>: Encodable {
    let base: Base
    let supervision: TownshipSupervision.JSON

    private enum Key: String, CodingKey { case supervision }

    func encode(to encoder: any Encoder) throws {
        try base.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(supervision, forKey: .supervision)
    }
}
