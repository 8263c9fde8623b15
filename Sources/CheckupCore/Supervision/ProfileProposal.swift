/// The checklist profile proposed for an enterprise at `session start`: one whose exclusions are
/// all sections (or items) named after risk tags the enterprise does not carry — no `dust` tag,
/// the profile that excludes the `dust` section. Only for an enterprise whose tags are recorded.
public enum ProfileProposal {
    /// The profile that leaves out the most sections of absent tags and nothing else, with those
    /// tags; the first such profile on a tie; nil when none fits or the tags are unrecorded.
    public static func propose(_ checklist: Checklist, tags: [RiskTag]?) -> (profile: ChecklistProfile, absent: [RiskTag])? {
        guard let tags else { return nil }
        var best: (profile: ChecklistProfile, absent: [RiskTag])?
        for profile in checklist.profiles where !profile.excludes.isEmpty {
            let excluded = profile.excludes.map { RiskTag(rawValue: $0) }
            guard excluded.allSatisfy({ $0 != nil && !tags.contains($0!) }) else { continue }
            let absent = excluded.compactMap { $0 }
            if absent.count > (best?.absent.count ?? 0) { best = (profile, absent) }
        }
        return best
    }
}
