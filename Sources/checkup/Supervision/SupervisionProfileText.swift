import CheckupCore

/// The supervision profile's lines in `enterprise show`, in the current language.
enum SupervisionProfileText {
    /// One line per recorded profile field.
    static func lines(_ enterprise: Enterprise) -> [String] {
        var lines: [String] = []
        if let tags = enterprise.riskTags {
            let names = tags.map { $0.name() }.joined(separator: "、")
            lines.append(SupervisionText.tagsLine.text(names.isEmpty ? "—" : names))
        }
        if let level = enterprise.standardisation { lines.append(SupervisionText.standardisationLine.text(level.name())) }
        if let employees = enterprise.employees { lines.append(SupervisionText.employeesLine.text(employees)) }
        if let grid = enterprise.grid { lines.append(SupervisionText.gridLine.text(grid)) }
        if let member = enterprise.gridMember { lines.append(SupervisionText.gridMemberLine.text(member)) }
        return lines
    }
}
