import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// The summary of a push or of what one would send, as text or json.
enum SyncSummary {
    static func print(_ report: SyncReport, server: String, pushed: Bool, format: OutputFormat,
                      language: Language) throws {
        switch format {
        case .json: Terminal.output(try JSONOutput.encode(SyncReportJSON(report, server: server, pushed: pushed)))
        case .text: Terminal.output(text(report, server: server, pushed: pushed, language: language))
        }
    }

    static func text(_ report: SyncReport, server: String, pushed: Bool, language: Language) -> String {
        let c = report.counts
        var lines = [(pushed ? SyncText.pushedTo : SyncText.wouldPush).text(server, in: language)]
        let rows: [(SyncText, Int)] = [
            (.enterprises, c.enterprises), (.sessions, c.sessions), (.findingChanges, c.findingChanges),
            (.hazards, c.hazards), (.hazardChanges, c.hazardChanges), (.selfCheckFiles, c.selfCheckFiles),
            (.notices, c.notices), (.evidence, c.evidence),
        ]
        let width = rows.map { TextWidth.of($0.0.text(in: language)) }.max() ?? 0
        for (label, count) in rows { lines.append("  " + TextWidth.pad(label.text(in: language), to: width) + "  \(count)") }
        lines.append(c.total == 0 ? SyncText.nothingNew.text(in: language) : SyncText.total.text(c.total, in: language))
        if report.alreadyImported > 0 { lines.append(SyncText.alreadyImported.text(report.alreadyImported, in: language)) }
        for r in report.renumbered {
            let kind = (r.kind == "session" ? SyncText.kindSession : SyncText.kindHazard).text(in: language)
            lines.append(SyncText.renumbered.text(kind, r.local, r.server, in: language))
        }
        if !report.conflicts.isEmpty {
            lines.append(SyncText.conflicts.text(report.conflicts.count, in: language))
            let previous = Language.current
            Language.current = language
            lines += report.conflicts.map { "  " + $0.description }
            Language.current = previous
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `sync push|status --format json`: stable keys (docs/cli.md).
struct SyncReportJSON: Encodable {
    struct Counts: Encodable {
        var enterprises, sessions, finding_changes, hazards, hazard_changes, selfcheck_files, notices, evidence, total: Int
        var evidence_bytes: Int64
    }

    struct Renumbered: Encodable {
        var kind: String
        var local: Int64
        var server: Int64
    }

    struct Conflict: Encodable {
        var kind: String
        var key: String
        var message: String
    }

    var server: String
    var pushed: Bool
    var counts: Counts
    var already_imported: Int
    var renumbered: [Renumbered]
    var conflicts: [Conflict]

    init(_ report: SyncReport, server: String, pushed: Bool) {
        self.server = server
        self.pushed = pushed
        let c = report.counts
        counts = Counts(enterprises: c.enterprises, sessions: c.sessions, finding_changes: c.findingChanges,
                        hazards: c.hazards, hazard_changes: c.hazardChanges, selfcheck_files: c.selfCheckFiles,
                        notices: c.notices, evidence: c.evidence, total: c.total, evidence_bytes: c.evidenceBytes)
        already_imported = report.alreadyImported
        renumbered = report.renumbered.map { Renumbered(kind: $0.kind, local: $0.local, server: $0.server) }
        conflicts = report.conflicts.map { Conflict(kind: $0.kind, key: $0.key, message: $0.description) }
    }
}
