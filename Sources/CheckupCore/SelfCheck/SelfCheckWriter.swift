import CheckupXML
import Foundation

/// Writes self-check files: blank forms (`checkup selfcheck template`), finished and partial
/// forms (`checkup selfcheck fill`). Output is UTF-8 with an XML declaration; callers write it
/// to disk atomically.
///
/// A form lists its results with status left blank (`status=""`) where the enterprise has not
/// answered yet; the importer refuses blanks, so an unfinished form cannot be imported by
/// mistake. With a checklist given, each result is preceded by a comment holding the item's
/// title, guidance and basis, and the sections are marked, so the form can be filled in any
/// text editor.
public enum SelfCheckWriter {
    /// A blank form for `enterprise`: every item in `items` present with a blank status, and
    /// performed-at and performed-by blank.
    public static func template(checklist: Checklist, enterprise: Enterprise, profile: ChecklistProfile?,
                                items: [ChecklistItem]) -> SelfCheckDocument {
        SelfCheckDocument(checklistID: checklist.id, checklistVersion: checklist.version,
                          enterprise: SelfCheckEnterprise(enterprise), performedAtText: "", performedBy: "",
                          profileID: profile?.id,
                          results: items.map { SelfCheckResult(itemID: $0.id, status: .unchecked) })
    }

    /// The document's bytes. With `checklist`, items are annotated with comments in `language`.
    public static func write(_ document: SelfCheckDocument, annotatedWith checklist: Checklist? = nil,
                             language: Language = .zh) throws(XMLError) -> Data {
        let writer = try XMLStreamWriter()
        let index = checklist.map(ChecklistIndex.init)
        if let checklist {
            writer.comment(header(document, checklist: checklist, language: language))
        }
        writer.startElement("selfcheck", namespace: SelfCheckFormat.namespace)
        writer.attribute("checklist", document.checklistID)
        writer.attribute("checklist-version", document.checklistVersion)

        writer.startElement("enterprise")
        writer.attribute("credit-code", document.enterprise.creditCode)
        writer.attribute("name", document.enterprise.name)
        writer.attribute("township", document.enterprise.township)
        if let industry = document.enterprise.industry, !industry.isEmpty { writer.attribute("industry", industry) }
        writer.endElement()
        writer.element("performed-at", text: document.performedAtText)
        writer.element("performed-by", text: document.performedBy)
        if let profile = document.profileID { writer.element("profile", text: profile) }

        var section: String?
        for result in document.results {
            if let index, let item = index.item(result.itemID) {
                if let top = item.sectionPath.first, top != section, let found = index.checklist.section(top) {
                    section = top
                    writer.comment("====== \(found.title.text(language)) (\(top)) ======")
                }
                writer.comment(annotation(item, language: language))
            }
            writer.startElement("result")
            writer.attribute("item", result.itemID)
            writer.attribute("status", result.status == .unchecked ? "" : result.status.rawValue)
            // A blank answer or a fail gets a note element to write in; pass and na only when
            // they carry a note.
            if result.note != nil || result.status == .unchecked || result.status == .fail {
                writer.element("note", text: result.note ?? "")
            }
            writer.endElement()
        }
        writer.endElement()
        return try writer.finish()
    }

    /// The comment at the top of an annotated form: what it is and how to fill it in.
    static func header(_ document: SelfCheckDocument, checklist: Checklist, language: Language) -> String {
        let title = checklist.title.text(language)
        let lines: [String]
        switch language {
        case .zh:
            lines = [
                "企业安全生产自查表：\(title)（\(checklist.id) \(checklist.version)）",
                "企业：\(document.enterprise.name)（\(document.enterprise.creditCode)）",
                "",
                "填写方法：",
                "1. 在 performed-at 中填写自查时间，例如 2026-11-02T09:30:00+08:00；在 performed-by 中填写自查人姓名。",
                "2. 对每个 result，将 status 设为 pass（符合）、fail（不符合）或 na（不适用）。",
                "3. status 为 fail 时，必须在 note 中写明发现的问题。",
                "4. 某项确实未检查的，删除该 result 整行；status 留空的文件不能导入。",
                "格式说明：docs/selfcheck-format.md（urn:checkup:selfcheck:1）。",
            ]
        case .en:
            lines = [
                "Enterprise self-check form: \(title) (\(checklist.id) \(checklist.version))",
                "Enterprise: \(document.enterprise.name) (\(document.enterprise.creditCode))",
                "",
                "How to fill it in:",
                "1. Write when the self-check was done in performed-at, e.g. 2026-11-02T09:30:00+08:00, and who did it in performed-by.",
                "2. For every result, set status to pass, fail or na (not applicable).",
                "3. A fail needs a note saying what was found.",
                "4. To leave an item unchecked, delete its result; a file with a blank status cannot be imported.",
                "Format: docs/selfcheck-format.md (urn:checkup:selfcheck:1).",
            ]
        }
        return "\n  " + lines.joined(separator: "\n  ") + "\n"
    }

    /// The comment above one result: id, layer, title, guidance, basis.
    static func annotation(_ item: ChecklistItem, language: Language) -> String {
        let indent = "\n       "
        var text = "\(item.id) [\(item.layer.name(language))]\(item.major ? SelfCheckFormText.major.text(in: language) : "") "
            + oneLine(item.title.text(language))
        if let guidance = item.guidance {
            text += indent + SelfCheckFormText.howToCheck.text(in: language) + oneLine(guidance.text(language))
        }
        text += indent + SelfCheckFormText.basis.text(in: language) + oneLine(item.basis.text(language))
        return text
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
