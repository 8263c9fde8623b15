import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupServer
import Foundation

/// `checkup report verification SESSION | --hazard ID`: the verification opinion (整改复查意见书).
struct ReportVerification: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verification",
        abstract: "Write the verification opinion (整改复查意见书).",
        discussion: HelpText.wrap("""
        For the hazards a rectification notice asked to rectify (fixes made on site are left \
        out), numbered as on the notice: the notice's number, each hazard's result — 合格 \
        (passed) when verified, 不合格 (not passed) with the reason when a re-inspection refused \
        it (hazard verify --refuse --reason) or it is still open or rectifying, 待复查 \
        (pending) when reported rectified and not yet re-inspected — the verifiers with the \
        certificate numbers registered under their names (checkup inspector add), the date (the \
        latest re-inspection, else --now), signature lines for the enterprise and the station. \
        --hazard ID gives the opinion on that one hazard of its session's notice.

        html (default): one self-contained A4 document (inline CSS, no scripts), its pages \
        numbered 共 N 页 第 n 页 in print. md: Markdown.

        json keys: document ("verification"), notice_number, station, lang, date, generated_at, \
        enterprise{credit_code, name, township, address, contact, legal_representative}, \
        session, inspection_date, verifiers[]{name, certificate ("" when not registered)}, counts{total, passed, failed, \
        pending}, hazards[]{no, id, item, item_title, severity, finding, status, result \
        (passed|failed|pending), reason, reinspected_at, reinspected_by}.

        Refused (exit 1): a session with nothing to verify (no hazard found, or all fixed on \
        site), a hazard fixed on site, an unknown session or hazard, a session not completed, \
        a self-check.
        """)
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var output: ReportOutputOptions

    @Argument(help: ArgumentHelp("Session id of a completed inspection.", valueName: "session"))
    var session: Int64?

    @Option(help: ArgumentHelp("Only this hazard (its session's notice).", valueName: "id"))
    var hazard: Int64?

    @Option(help: "Output format: html (default), md or json.")
    var format: NoticeFormat = .html

    @Option(name: .customLong("station"), help: ArgumentHelp(
        "Issuing station's name (default: the one set by 'checkup station set').", valueName: "name"))
    var stationName: String?

    func validate() throws {
        if (session == nil) == (hazard == nil) {
            throw ValidationError("give either a SESSION or --hazard ID")
        }
        if let stationName, stationName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--station must not be empty")
        }
    }

    func run() throws {
        let opened = try station.openStation()
        let issuer = NoticeIssuer(explicit: stationName, stored: try opened.store.stationIdentity())
        let opinion = try opened.verificationOpinion(session: session, hazard: hazard, issuer: issuer,
                                                     now: nowOptions.date, language: languageOptions.lang)
        switch format {
        case .json: try output.emit(try JSONOutput.encode(opinion.json()))
        case .html: try output.emit(Data(try opinion.html().utf8))
        case .md: try output.emit(Data(try opinion.markdown().utf8))
        }
    }
}
