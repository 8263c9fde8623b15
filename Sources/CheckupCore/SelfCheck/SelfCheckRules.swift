import CheckupXML
import Foundation

/// What the station's catalog holds for the checklist a self-check names.
public enum SelfCheckChecklistMatch: Sendable {
    /// The checklist id and version exist.
    case found(ChecklistIndex)
    /// The id exists, but not in this version; `known` lists the versions that do.
    case unknownVersion(known: [String])
    /// No checklist has this id; `known` lists the ids that exist.
    case unknownChecklist(known: [String])
}

/// The rules a self-check file must meet beyond the XSD, as pure functions returning every
/// problem found, each at the element it concerns. The importer applies them; tests state
/// them directly.
public enum SelfCheckRules {
    /// How far in the future `performed-at` may lie before it is refused: enterprise computers'
    /// clocks are often a few minutes fast.
    public static let clockTolerance: TimeInterval = DateRange.clockSkew

    /// Checks everything that does not depend on the station's register: the checklist and its
    /// version exist, the profile exists, every item exists, appears once, is answered and not
    /// excluded by the profile, every fail has a note, the credit code is valid, performed-at
    /// and performed-by are given and performed-at is not in the future nor before 2000
    /// (`DateRange`).
    public static func check(_ document: SelfCheckDocument, checklist match: SelfCheckChecklistMatch,
                             now: Date) -> [XMLDiagnostic] {
        var problems: [XMLDiagnostic] = []
        let locations = document.locations
        func problem(_ location: SourceLocation, _ message: String) {
            problems.append(XMLDiagnostic(location: location, message: message))
        }

        if case .failure(let error) = CreditCode.validate(document.enterprise.creditCode) {
            problem(locations.enterprise, error.message(for: document.enterprise.creditCode))
        }
        if document.performedAtText.isEmpty {
            problem(locations.performedAt,
                    SelfCheckText.performedAtBlank.text())
        } else if let date = document.performedAt {
            if date.timeIntervalSince(now) > clockTolerance {
                problem(locations.performedAt,
                        SelfCheckText.performedAtFuture.text(document.performedAtText, Timestamp.iso(now)))
            } else if let refusal = DateRange.refusal("performed-at", document.performedAtText, date: date,
                                                      range: DateRange.moments(clock: now)) {
                problem(locations.performedAt, refusal)
            }
        } else {
            problem(locations.performedAt,
                    SelfCheckText.performedAtNotDate.text(document.performedAtText))
        }
        if document.performedBy.isEmpty {
            problem(locations.performedBy, SelfCheckText.performedByBlank.text())
        }

        let index: ChecklistIndex
        switch match {
        case .unknownChecklist(let known):
            problem(locations.root, known.isEmpty ? SelfCheckText.unknownChecklistEmpty.text(document.checklistID)
                        : SelfCheckText.unknownChecklist.text(document.checklistID, known.joined(separator: ", ")))
            return inDocumentOrder(problems)
        case .unknownVersion(let known):
            problem(locations.root,
                    SelfCheckText.unknownVersion.text(document.checklistID, document.checklistVersion,
                                                      known.joined(separator: ", ")))
            return inDocumentOrder(problems)
        case .found(let found):
            index = found
        }
        let checklist = index.checklist

        var excluded: [Bool]?
        if let profileID = document.profileID {
            if let flags = index.excluded[profileID] {
                excluded = flags
            } else {
                let known = checklist.profiles.map(\.id)
                problem(locations.profile, ChecklistError.unknownProfile(profileID, checklist: checklist.id, known: known).description)
            }
        }

        // Line of the first answer of each item, by item position (0: not answered yet).
        var firstLine = [Int](repeating: 0, count: checklist.items.count)
        // Where the next answer's item most likely is: after the previous answer's.
        var guess = 0
        // The answers are read in place: `for result in document.results` copied each one
        // (three strings retained and released).
        let results = document.results
        for at in results.indices {
            let id = results[at].itemID
            guard let position = index.position(of: id, guess: guess) else {
                problem(results[at].location, SelfCheckText.unknownItem.text(checklist.id, checklist.version, id))
                continue
            }
            guess = position + 1
            if firstLine[position] != 0 {
                problem(results[at].location,
                        SelfCheckText.duplicateItem.text(id, firstLine[position]))
                continue
            }
            firstLine[position] = max(results[at].location.line, 1)
            if let excluded, excluded[position] {
                problem(results[at].location,
                        SelfCheckText.excludedItem.text(id, document.profileID ?? ""))
                continue
            }
            switch results[at].status {
            case .unchecked:
                problem(results[at].location,
                        SelfCheckText.notAnswered.text(id))
            case .fail where results[at].note == nil:
                problem(results[at].location, SelfCheckText.failWithoutNote.text(id))
            default:
                break
            }
        }
        return inDocumentOrder(problems)
    }

    /// `problems` ordered by line and column, keeping the order of those at one place.
    static func inDocumentOrder(_ problems: [XMLDiagnostic]) -> [XMLDiagnostic] {
        problems.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            if la.line != lb.line { return la.line < lb.line }
            if la.column != lb.column { return la.column < lb.column }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Checks that every answered item applies to an enterprise of `industry` (the register's
    /// industry, or the file's own when the enterprise is being registered from it).
    public static func checkIndustry(_ document: SelfCheckDocument, checklist index: ChecklistIndex,
                                     industry: String?) -> [XMLDiagnostic] {
        guard let industry, !industry.isEmpty else { return [] }
        var problems: [XMLDiagnostic] = []
        for result in document.results {
            guard let item = index.item(result.itemID), !item.applies(toIndustry: industry) else { continue }
            problems.append(XMLDiagnostic(
                location: result.location,
                message: SelfCheckText.notForIndustry.text(item.id, item.industries.joined(separator: ", "), industry)))
        }
        return problems
    }

    /// Whether every answered item of `document` applies to enterprises of `industry` (the
    /// question the store answers inside its transaction, where the register's industry is
    /// known; `checkIndustry` says which items do not).
    public static func allResultsApply(_ document: SelfCheckDocument, checklist index: ChecklistIndex,
                                       industry: String?) -> Bool {
        guard let industry, !industry.isEmpty else { return true }
        return document.results.allSatisfy { result in
            index.item(result.itemID).map { $0.applies(toIndustry: industry) } ?? true
        }
    }

    /// The refusal for an enterprise that is not in the register.
    public static func unregistered(_ document: SelfCheckDocument) -> XMLDiagnostic {
        let code = CreditCode.normalise(document.enterprise.creditCode)
        return XMLDiagnostic(location: document.locations.enterprise,
                             message: SelfCheckText.unregistered.text(code, document.enterprise.name))
    }
}
