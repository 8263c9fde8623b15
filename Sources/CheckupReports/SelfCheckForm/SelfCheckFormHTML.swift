import CheckupCore
import Foundation

/// The browser self-check form (`checkup selfcheck template --format html`): one
/// self-contained page (inline CSS and script, no fetches, no fonts) rendered from
/// `Templates/selfcheck-form.html.mustache`. Every value goes through Mustache's HTML escaping;
/// what the page's script needs (the items in order, the enterprise block, the texts) is one
/// JSON document, escaped like any value, in a hidden `<textarea>` the script reads and parses:
/// nothing is ever concatenated into the script. The script keeps the work in progress in the
/// browser's local storage and makes the self-check file (`checkupSelfCheckXML()`, which the
/// 保存自查文件 button calls) as selfcheck-1.xsd requires.
public enum SelfCheckFormHTML {
    /// What the template shows.
    struct View {
        struct Section {
            var title: String
            var items: [Item]
        }

        struct Item {
            var number: Int
            var id: String
            var layer: String
            var title: String
            var guidance: String
            var basis: String
            var major: Bool
        }

        var lang: String
        var title: String
        var enterpriseName: String
        var creditCode: String
        var checklist: String
        var sections: [Section]
        var data: String
        var labels: [String: String]
        var results: [Choice]
    }

    struct Choice {
        var value: String
        var label: String
    }

    /// What the script gets.
    struct Island: Encodable {
        struct Enterprise: Encodable {
            var creditCode: String
            var name: String
            var township: String
            var industry: String?
        }

        var namespace: String
        var checklist: String
        var version: String
        var profile: String?
        var enterprise: Enterprise
        var items: [String]
        var storageKey: String
        var text: [String: String]
    }

    /// The page's bytes (UTF-8).
    public static func data(_ content: SelfCheckFormContent) throws -> Data {
        let language = content.language
        func t(_ message: FormText) -> String { message.text(in: language) }
        var sections: [View.Section] = []
        for row in content.rows {
            switch row {
            case .section(let title):
                sections.append(View.Section(title: title, items: []))
            case .item(let item, let number):
                if sections.isEmpty { sections.append(View.Section(title: "", items: [])) }
                sections[sections.count - 1].items.append(View.Item(
                    number: number, id: item.id, layer: item.layer.name(language), title: item.title.text(language),
                    guidance: item.guidance?.text(language) ?? "", basis: item.basis.text(language), major: item.major))
            }
        }
        let enterprise = content.enterprise
        let island = Island(
            namespace: SelfCheckFormat.namespace, checklist: content.checklist.id, version: content.checklist.version,
            profile: content.profile?.id,
            enterprise: .init(creditCode: enterprise.creditCode, name: enterprise.name, township: enterprise.township,
                              industry: enterprise.industry),
            items: content.items.map(\.id),
            storageKey: "checkup-selfcheck:\(content.checklist.id):\(content.checklist.version):\(enterprise.creditCode)",
            text: ["remaining": t(.remaining), "allAnswered": t(.allAnswered), "cannotSave": t(.cannotSave),
                   "noteRequired": t(.noteRequired), "performedAtBlank": t(.performedAtBlank),
                   "performedByBlank": t(.performedByBlank)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(island), as: UTF8.self)
        let labels = layoutLabels(language)
        let view = View(lang: language == .zh ? "zh-CN" : "en", title: t(.formTitle), enterpriseName: enterprise.name,
                        creditCode: enterprise.creditCode, checklist: content.checklistLabel, sections: sections,
                        data: json, labels: labels,
                        results: zip(["pass", "fail", "na"], SelfCheckFormLayout.resultLabels(language)).map {
                            Choice(value: $0, label: $1)
                        })
        let html = try ReportTemplate.bundled("selfcheck-form.html.mustache", escaping: .html).render(view)
        return Data(html.utf8)
    }

    static func layoutLabels(_ language: Language) -> [String: String] {
        func t(_ message: FormText) -> String { message.text(in: language) }
        return [
            "enterprise": t(.labelEnterprise), "creditCode": t(.labelCreditCode), "checklist": t(.labelChecklist),
            "performedAt": t(.labelPerformedAt), "performedBy": t(.labelPerformedBy),
            "instructions": t(.instructionsHTML), "save": t(.saveButton), "autosave": t(.autosaveNote),
            "number": t(.columnNumber), "id": t(.columnID), "layer": t(.columnLayer), "title": t(.columnTitle),
            "guidance": t(.columnGuidance), "basis": t(.columnBasis), "major": t(.columnMajor),
            "result": t(.columnResult), "note": t(.columnNote), "majorYes": t(.majorYes),
        ]
    }
}
