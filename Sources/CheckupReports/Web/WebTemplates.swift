import CheckupCore
import Foundation
import Mustache

/// The web pages' Mustache templates (`Templates/web-*.mustache`), parsed once and kept as one
/// library so that pages share the layout partials (`web-top`, `web-bottom`, `web-style`).
///
/// Every template is parsed with the `CHECKUP_WEB` content type: `{{x}}` makes control, bidi and
/// invisible characters visible (`TerminalText.visible`) and then escapes `< > & " '`, so hostile
/// text in names and notes can neither break the markup nor hide itself. The only triple braces
/// are the SVG charts `SVGBarChart` generates, which escape every label themselves.
enum WebTemplates {
    /// The content type name registered with swift-mustache.
    static let contentTypeName = "CHECKUP_WEB"

    /// The templates, by name without the `.mustache` extension.
    static let names = ["web-style", "web-top", "web-bottom", "web-login.html", "web-error.html",
                        "web-dashboard.html", "web-enterprises.html", "web-enterprise.html", "web-hazards.html",
                        "web-hazard.html", "web-plan.html"]

    private static let loaded: Result<MustacheLibrary, TemplateError> = {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
        var library = MustacheLibrary()
        for name in names {
            let file = name + ".mustache"
            guard let url = Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Templates"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                return .failure(.missing(file))
            }
            do {
                library.register(try MustacheTemplate(string: "{{% CONTENT_TYPE: \(contentTypeName) }}" + text),
                                 named: name)
            } catch {
                return .failure(.invalid(path: "Templates/" + file, reason: String(describing: error)))
            }
        }
        return .success(library)
    }()

    /// Renders `model` with the template `name` (`web-dashboard.html` …).
    static func render(_ model: Any, _ name: String) throws(TemplateError) -> String {
        let library = try loaded.get()
        guard let text = library.render(model, withTemplate: name) else { throw .missing(name + ".mustache") }
        return text
    }

    /// Escaping of the web pages.
    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { WebTemplates.escape(text) }
    }

    /// `text` with control and invisible characters made visible, then HTML-escaped.
    static func escape(_ text: String) -> String {
        let visible = TerminalText.visible(text)
        var out = ""
        out.reserveCapacity(visible.utf8.count)
        for character in visible.unicodeScalars {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
