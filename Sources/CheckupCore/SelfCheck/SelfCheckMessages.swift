import CheckupXML

/// Rewords the schema messages people meet most with self-check files, so that each says what
/// to write instead.
public enum SelfCheckMessages {
    /// `diagnostics` with the known libxml2 schema messages reworded; others unchanged.
    public static func clarify(_ diagnostics: [XMLDiagnostic]) -> [XMLDiagnostic] {
        diagnostics.map { diagnostic in
            var result = diagnostic
            result.message = clarify(diagnostic.message)
            return result
        }
    }

    /// One message reworded, if it is a known one.
    public static func clarify(_ message: String) -> String {
        if message.contains("'performed-at'") && message.contains("'PerformedAt'") {
            let value = quoted(after: "'performed-at': ", in: message) ?? ""
            return SelfCheckText.performedAtNotDate.text(value)
        }
        if message.contains("attribute 'status'") && message.contains("[facet 'enumeration']") {
            let value = quoted(after: "The value ", in: message) ?? ""
            return SelfCheckText.statusNotAnswer.text(value)
        }
        return message
    }

    /// The text between the quotes that follow `marker`.
    static func quoted(after marker: String, in message: String) -> String? {
        guard let range = message.range(of: marker) else { return nil }
        let rest = message[range.upperBound...]
        guard rest.first == "'" else { return nil }
        let body = rest.dropFirst()
        guard let end = body.firstIndex(of: "'") else { return nil }
        return String(body[..<end])
    }
}
