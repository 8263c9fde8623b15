/// Something the CLI must do on behalf of `InspectionShell`.
public enum ShellEvent: Sendable, Equatable {
    /// Save this answer now. `evidencePaths` are files the inspector named, which the CLI copies
    /// into the evidence store (the answer's own `evidence` is empty). Afterwards the CLI calls
    /// `InspectionShell.saved()` or, if the store refused, `InspectionShell.rejected(_:)`.
    case record(Answer, evidencePaths: [String])
    /// `q`: stop here. Every answer is already saved; the session stays open.
    case leave
    /// The inspector confirmed completion: close the session.
    case complete
}

/// What one step of `InspectionShell` produced: text to show, then events to act on.
public struct ShellOutput: Sendable, Equatable {
    /// Text to print, each line ending in a newline (may be empty). The prompt is not part of
    /// it: print `InspectionShell.prompt` after acting on the events.
    public var screen: String
    /// Events, in order.
    public var events: [ShellEvent]

    /// Creates an output.
    public init(screen: String = "", events: [ShellEvent] = []) {
        self.screen = screen
        self.events = events
    }
}
