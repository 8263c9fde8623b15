/// The place inspected (检查场所) and the enterprise's person present (企业在场人员) of an
/// inspection, as `inspect`, `session start` and `session update` set them.
public enum SessionPeople {
    /// `session` with the values given changed. nil leaves a value as it is; an empty (or blank)
    /// text clears it — clearing the name clears the person, post and all. A post needs a name,
    /// given now or recorded before. Refuses a self-check (the enterprise's own check has no
    /// inspectors on site) and texts over `TextLimits`.
    public static func apply(to session: Session, place: String?, presentName: String?,
                             presentPost: String?) throws(SessionPeopleError) -> Session {
        guard session.kind == .inspection else { throw .selfCheck(session.id) }
        var next = session
        if let place { next.place = Names.normalisedOrNil(place) }
        if let presentName {
            if let name = Names.normalisedOrNil(presentName) {
                next.present = PersonPresent(name: name, post: next.present?.post)
            } else {
                next.present = nil
            }
        }
        if let presentPost {
            guard var person = next.present else {
                if Names.normalisedOrNil(presentPost) == nil { return try checked(next) }
                throw .postWithoutName
            }
            person.post = Names.normalisedOrNil(presentPost)
            next.present = person
        }
        return try checked(next)
    }

    /// The values of a new inspection: `place` when given, else the enterprise's address; the
    /// person present when named.
    public static func initial(place: String?, enterprise: Enterprise, presentName: String?,
                               presentPost: String?) throws(SessionPeopleError) -> (place: String?, present: PersonPresent?) {
        let name = Names.normalisedOrNil(presentName)
        let post = Names.normalisedOrNil(presentPost)
        if name == nil && post != nil { throw .postWithoutName }
        let value = (place: Names.normalisedOrNil(place) ?? enterprise.address,
                     present: name.map { PersonPresent(name: $0, post: post) })
        do {
            try TextLimits.check(value.place, field: "--place", limit: TextLimits.address)
            try TextLimits.check(value.present?.name, field: "--present", limit: TextLimits.name)
            try TextLimits.check(value.present?.post, field: "--present-post", limit: TextLimits.name)
        } catch {
            throw .tooLong(error)
        }
        return value
    }

    private static func checked(_ session: Session) throws(SessionPeopleError) -> Session {
        do {
            try TextLimits.check(session.place, field: "--place", limit: TextLimits.address)
            try TextLimits.check(session.present?.name, field: "--present", limit: TextLimits.name)
            try TextLimits.check(session.present?.post, field: "--present-post", limit: TextLimits.name)
        } catch {
            throw .tooLong(error)
        }
        return session
    }
}

/// Why the place inspected or the person present was refused.
public enum SessionPeopleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A self-check (its id) records neither.
    case selfCheck(Int64)
    /// A post without a person to hold it.
    case postWithoutName
    /// A value over its limit.
    case tooLong(TextTooLong)

    public var description: String {
        switch self {
        case .selfCheck(let id): PeopleText.selfCheckHasNoPeople.text(id)
        case .postWithoutName: PeopleText.postWithoutName.text()
        case .tooLong(let error): error.description
        }
    }
}

/// The place inspected and the person present as given on a command line: nil where an option
/// was not given, empty to clear.
public struct SessionPeopleInput: Sendable, Equatable {
    /// `--place`.
    public var place: String?
    /// `--present`.
    public var presentName: String?
    /// `--present-post`.
    public var presentPost: String?

    /// Creates one.
    public init(place: String? = nil, presentName: String? = nil, presentPost: String? = nil) {
        self.place = place
        self.presentName = presentName
        self.presentPost = presentPost
    }

    /// No option given.
    public var isEmpty: Bool { place == nil && presentName == nil && presentPost == nil }
}
