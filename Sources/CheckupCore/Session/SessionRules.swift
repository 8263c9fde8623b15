import CheckupXML

/// The rules an answer must meet before it is stored, as a pure function so the store applies
/// them inside its transaction and tests can state them directly.
public enum SessionRules {
    /// Longest note accepted, in characters (Unicode scalars, as XML Schema counts them): the
    /// same bound as a self-check file's note (selfcheck-1.xsd). Without it a note piped into
    /// `checkup inspect` could be any size; 100 MB was stored as given.
    public static let maxNoteLength = 4000

    /// Checks `answer` against the session's status and the checklist it snapshotted.
    public static func validate(_ answer: Answer, session: Session, checklist: Checklist,
                                industry: String?) throws(SessionError) {
        guard session.status == .open else { throw .sessionClosed(session.id, session.status) }
        guard let item = checklist.item(answer.itemID) else {
            throw .unknownItem(answer.itemID, checklist: checklist.id)
        }
        let profile = session.profileID.flatMap { checklist.profile($0) }
        if checklist.isExcluded(item, by: profile) {
            throw .itemNotApplicable(item.id, profile: session.profileID)
        }
        if !item.applies(toIndustry: industry) {
            throw .itemNotApplicable(item.id, profile: nil)
        }
        if answer.result == .unchecked { throw .invalidResult("unchecked") }
        if answer.result == .fail && (answer.note ?? "").trimmingXMLWhitespace().isEmpty {
            throw .noteRequired(item.id)
        }
        if let note = answer.note {
            let length = note.unicodeScalars.count
            if length > maxNoteLength { throw .noteTooLong(item.id, length: length, limit: maxNoteLength) }
        }
        do {
            try TextLimits.check(answer.place, field: "\(item.id) place", limit: TextLimits.name)
        } catch {
            throw .placeTooLong(error)
        }
    }

    /// The scoring inputs for a session: every applicable item with its current result.
    public static func scoringItems(checklist: Checklist, session: Session, findings: [Finding],
                                    industry: String?, language: Language = .zh) -> [ScoringItem] {
        let profile = session.profileID.flatMap { checklist.profile($0) }
        let results = Dictionary(findings.map { ($0.itemID, $0.answer.result) }, uniquingKeysWith: { _, last in last })
        return checklist.applicableItems(profile: profile, industry: industry).map { item in
            ScoringItem(id: item.id, layer: item.layer, weight: item.weight,
                        result: results[item.id] ?? .unchecked, title: item.title.text(language))
        }
    }
}
