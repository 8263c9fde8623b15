import CheckupCore
import Foundation

/// Writes hazards as JSON text byte for byte as `JSONOutput` (Foundation's `JSONEncoder`, sorted
/// keys, pretty printed, slashes unescaped) writes `[HazardJSON]`, without building the encoder's
/// tree of values: a township ledger of 200,000 hazards took 32 s and 760 MB through the encoder,
/// most of it in that tree. Tests hold the two to the same bytes.
public enum HazardJSONWriter {
    /// Appends the JSON array of `count` hazards, `row(index)` each, as it stands at nesting
    /// `level` (the closing bracket indented by `level`, the rows one level deeper), with no
    /// newline after it.
    public static func appendArray(count: Int, level: Int, to data: inout Data, row: (Int) -> HazardJSON) {
        // The sink never throws here.
        try? writeArray(count: count, level: level, row: row) { data.append(contentsOf: $0) }
    }

    /// Writes the same array to `sink` in pieces of about 64 KiB, so that no buffer holds the
    /// whole text.
    public static func writeArray(count: Int, level: Int, row: (Int) -> HazardJSON,
                                  to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var out: [UInt8] = []
        out.reserveCapacity(chunk + 4096)
        func flush() throws {
            try out.withUnsafeBufferPointer(sink)
            out.removeAll(keepingCapacity: true)
        }
        // As `appendList`, flushing as the rows go.
        out.append(contentsOf: count == 0 ? "[\n\n".utf8 : "[\n".utf8)
        for index in 0..<count {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            indent(level + 1, &out)
            appendObject(row(index), level: level + 1, to: &out)
            if out.count >= chunk { try flush() }
        }
        if count > 0 { out.append(UInt8(ascii: "\n")) }
        indent(level, &out)
        out.append(UInt8(ascii: "]"))
        try flush()
    }

    /// Bytes gathered before they are moved to the output.
    private static let chunk = 64 * 1024

    /// `hazards` as a whole document (`hazard list --format json`): the array and a newline.
    public static func document(_ hazards: [HazardJSON]) -> Data {
        document(count: hazards.count) { hazards[$0] }
    }

    /// `count` hazards, `row(index)` each, as a whole document: each row is made as it is
    /// written, so a long list is never held twice.
    public static func document(count: Int, row: (Int) -> HazardJSON) -> Data {
        var data = Data(capacity: count * 900 + 8)
        appendArray(count: count, level: 0, to: &data, row: row)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// One hazard object; its keys in `String` order, as `.sortedKeys` gives them.
    static func appendObject(_ hazard: HazardJSON, level: Int, to out: inout [UInt8]) {
        var fields = Fields(level: level + 1, &out)
        fields.string("basis", hazard.basis, &out)
        fields.string("category", hazard.category, &out)
        fields.string("contact", hazard.contact, &out)
        fields.string("deadline", hazard.deadline, &out)
        fields.string("description", hazard.description, &out)
        fields.string("enterprise", hazard.enterprise, &out)
        fields.string("enterprise_name", hazard.enterprise_name, &out)
        fields.key("escalations", &out)
        appendReports(hazard.escalations, level: level + 1, to: &out)
        fields.key("evidence", &out)
        appendStrings(hazard.evidence, level: level + 1, to: &out)
        fields.number("evidence_count", Int64(hazard.evidence_count), &out)
        fields.string("found_at", hazard.found_at, &out)
        fields.string("funds", hazard.funds, &out)
        if let history = hazard.history {
            fields.key("history", &out)
            appendChanges(history, level: level + 1, to: &out)
        }
        fields.number("id", hazard.id, &out)
        fields.string("industry", hazard.industry, &out)
        if let inspectors = hazard.inspectors {
            fields.key("inspectors", &out)
            appendStrings(inspectors, level: level + 1, to: &out)
        }
        fields.string("item", hazard.item, &out)
        fields.string("item_title", hazard.item_title, &out)
        fields.string("layer", hazard.layer, &out)
        fields.string("measures", hazard.measures, &out)
        fields.string("notice_number", hazard.notice_number, &out)
        fields.bool("overdue", hazard.overdue, &out)
        fields.number("overdue_days", Int64(hazard.overdue_days), &out)
        fields.string("place", hazard.place, &out)
        fields.string("plan", hazard.plan, &out)
        fields.string("rectified_at", hazard.rectified_at, &out)
        if let plan = hazard.remediation_plan {
            fields.key("remediation_plan", &out)
            var inner = Fields(level: level + 2, &out)
            inner.string("name", plan.name, &out)
            inner.string("sha256", plan.sha256, &out)
            inner.number("size", plan.size, &out)
            inner.close(&out)
        }
        fields.string("remedy", hazard.remedy, &out)
        fields.string("responsible", hazard.responsible, &out)
        fields.number("session", hazard.session, &out)
        fields.string("severity", hazard.severity, &out)
        fields.string("source", hazard.source, &out)
        fields.string("status", hazard.status, &out)
        if let order = hazard.stop_work {
            fields.key("stop_work", &out)
            var inner = Fields(level: level + 2, &out)
            inner.string("at", order.at, &out)
            inner.string("cleared_at", order.cleared_at, &out)
            inner.string("scope", order.scope, &out)
            inner.close(&out)
        }
        if let listing = hazard.supervision {
            fields.key("supervision", &out)
            var inner = Fields(level: level + 2, &out)
            inner.string("at", listing.at, &out)
            inner.string("authority", listing.authority, &out)
            inner.string("delisted_at", listing.delisted_at, &out)
            inner.string("number", listing.number, &out)
            inner.close(&out)
        }
        fields.string("time_limit", hazard.time_limit, &out)
        fields.string("township", hazard.township, &out)
        fields.bool("unreported", hazard.unreported, &out)
        fields.string("verification_note", hazard.verification_note, &out)
        fields.string("verified_at", hazard.verified_at, &out)
        fields.string("verified_by", hazard.verified_by, &out)
        fields.close(&out)
    }

    private static func appendReports(_ reports: [EscalationJSON.Report], level: Int, to out: inout [UInt8]) {
        appendList(reports, level: level, to: &out) { report, out in
            var fields = Fields(level: level + 2, &out)
            fields.string("at", report.at, &out)
            fields.string("by", report.by, &out)
            fields.string("reference", report.reference, &out)
            fields.string("to", report.to, &out)
            fields.close(&out)
        }
    }

    private static func appendStrings(_ values: [String], level: Int, to out: inout [UInt8]) {
        appendList(values, level: level, to: &out) { value, out in appendString(value, to: &out) }
    }

    private static func appendChanges(_ changes: [HazardJSON.ChangeJSON], level: Int, to out: inout [UInt8]) {
        appendList(changes, level: level, to: &out) { change, out in
            var fields = Fields(level: level + 2, &out)
            fields.string("at", change.at, &out)
            fields.string("by", change.by, &out)
            fields.string("event", change.event, &out)
            fields.string("from", change.from, &out)
            fields.string("note", change.note, &out)
            fields.string("to", change.to, &out)
            fields.close(&out)
        }
    }

    /// A JSON array at nesting `level` inside one buffer, `element` writing each value: the
    /// encoder writes an empty array as `[`, a blank line and `]`.
    private static func appendList<Value>(_ values: [Value], level: Int, to out: inout [UInt8],
                                          element: (Value, inout [UInt8]) -> Void) {
        out.append(contentsOf: values.isEmpty ? "[\n\n".utf8 : "[\n".utf8)
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            indent(level + 1, &out)
            element(value, &out)
        }
        if !values.isEmpty { out.append(UInt8(ascii: "\n")) }
        indent(level, &out)
        out.append(UInt8(ascii: "]"))
    }

    /// The members of one object being written: `{`, then `"key" : value` lines, then the
    /// closing brace. The text goes straight into the caller's buffer.
    private struct Fields {
        let level: Int
        var count = 0

        init(level: Int, _ out: inout [UInt8]) {
            self.level = level
            out.append(UInt8(ascii: "{"))
        }

        mutating func key(_ name: StaticString, _ out: inout [UInt8]) {
            out.append(contentsOf: count == 0 ? "\n".utf8 : ",\n".utf8)
            count += 1
            HazardJSONWriter.indent(level, &out)
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            out.append(contentsOf: "\" : ".utf8)
        }

        /// A string member; absent when nil (`encodeIfPresent`).
        mutating func string(_ name: StaticString, _ value: String?, _ out: inout [UInt8]) {
            guard let value else { return }
            key(name, &out)
            HazardJSONWriter.appendString(value, to: &out)
        }

        mutating func number(_ name: StaticString, _ value: Int64, _ out: inout [UInt8]) {
            key(name, &out)
            out.append(contentsOf: String(value).utf8)
        }

        mutating func bool(_ name: StaticString, _ value: Bool, _ out: inout [UInt8]) {
            key(name, &out)
            out.append(contentsOf: (value ? "true" : "false").utf8)
        }

        /// The closing brace; `{` then a blank line for an object with no members.
        func close(_ out: inout [UInt8]) {
            out.append(contentsOf: count == 0 ? "\n\n".utf8 : "\n".utf8)
            HazardJSONWriter.indent(level - 1, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func indent(_ level: Int, _ out: inout [UInt8]) {
        for _ in 0..<level { out.append(contentsOf: "  ".utf8) }
    }

    /// A JSON string as `JSONEncoder` writes it (`JSONString`, the one writer of them).
    static func appendString(_ value: String, to out: inout [UInt8]) {
        JSONString.append(value, to: &out)
    }
}
