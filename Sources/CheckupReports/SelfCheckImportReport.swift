import CheckupCore
import CheckupXML
import Foundation

/// `checkup import` output, produced as the import goes so that memory does not grow with the
/// number of files: text lines per notable file, or a JSON document written entry by entry.
public enum SelfCheckImportReport {
    // MARK: JSON

    /// One file in the JSON report.
    public struct FileJSON: Codable, Equatable, Sendable {
        /// The file as given or found.
        public var file: String
        /// imported, superseded, duplicate or refused.
        public var status: String
        /// The session the file became (or, for a duplicate, already was); null when refused.
        @NullEncoded public var session: Int64? = nil
        /// For superseded: the earlier session the file replaced.
        @NullEncoded public var replaced_session: Int64? = nil
        /// Why the file was refused; empty otherwise.
        public var errors: [ErrorJSON]

        /// The entry of one outcome.
        public init(_ outcome: SelfCheckFileOutcome) {
            file = outcome.file
            status = outcome.outcome.status
            session = outcome.outcome.session
            if case .superseded(_, let replaced) = outcome.outcome { replaced_session = replaced }
            errors = outcome.outcome.errors.map(ErrorJSON.init)
        }
    }

    /// One problem of a refused file.
    public struct ErrorJSON: Codable, Equatable, Sendable {
        public var file: String
        /// 1-based; 0 when the problem concerns the whole file (unreadable, too large).
        public var line: Int
        /// 1-based; 0 when unknown.
        public var column: Int
        /// The cell (`自查表!H12`) of a problem in an Excel form; absent for an XML file.
        public var cell: String?
        public var message: String

        /// The entry of one diagnostic.
        public init(_ diagnostic: XMLDiagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.line > 0 ? max(diagnostic.location.column, 1) : 0
            cell = diagnostic.location.cell
            message = diagnostic.message
        }
    }

    /// The totals.
    public struct SummaryJSON: Codable, Equatable, Sendable {
        public var files: Int
        public var imported: Int
        public var superseded: Int
        public var duplicates: Int
        public var refused: Int

        /// The totals of an import.
        public init(_ summary: SelfCheckImportSummary) {
            files = summary.files
            imported = summary.imported
            superseded = summary.superseded
            duplicates = summary.duplicates
            refused = summary.refused
        }
    }

    /// Writes `{"files": [...], "summary": {...}}` piece by piece; the pieces concatenated are
    /// one JSON document, formatted like `JSONOutput`.
    public struct JSONStream {
        private var count = 0

        /// Creates a stream.
        public init() {}

        /// The opening of the document.
        public func begin() -> String {
            "{\n  \"files\" : ["
        }

        /// One file's entry.
        public mutating func entry(_ outcome: SelfCheckFileOutcome) throws -> String {
            let body = try JSONOutput.string(FileJSON(outcome)).trimmingCharacters(in: .whitespacesAndNewlines)
            let indented = body.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.allSatisfy(\.isWhitespace) ? "" : "    " + $0 }.joined(separator: "\n")
            defer { count += 1 }
            return (count == 0 ? "\n" : ",\n") + indented
        }

        /// The summary and the end of the document.
        public func end(_ summary: SelfCheckImportSummary) throws -> String {
            let body = try JSONOutput.string(SummaryJSON(summary)).trimmingCharacters(in: .whitespacesAndNewlines)
            let indented = body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 ? String($0.element) : "  " + $0.element }.joined(separator: "\n")
            return (count == 0 ? "" : "\n  ") + "],\n  \"summary\" : " + indented + "\n}\n"
        }
    }

    // MARK: Text

    /// What text output says about one file: lines for stdout and for stderr. Refusals go to
    /// stderr, one `file:line:col: reason` per problem; a supersession is worth a line on stdout;
    /// plain imports and duplicates only count in the summary.
    public static func lines(_ outcome: SelfCheckFileOutcome, language: Language = .zh)
        -> (stdout: [String], stderr: [String]) {
        switch outcome.outcome {
        case .refused(let problems):
            return ([], problems.map(\.description))
        case .superseded(let session, let replaced):
            return ([ImportReportText.superseded.text(outcome.file, session, replaced, in: language)], [])
        case .imported, .duplicate:
            return ([], [])
        }
    }

    /// The closing summary line.
    public static func summaryLine(_ summary: SelfCheckImportSummary, language: Language = .zh) -> String {
        ImportReportText.summary.text(summary.files, summary.imported, summary.superseded, summary.duplicates,
                                      summary.refused, in: language)
    }
}
