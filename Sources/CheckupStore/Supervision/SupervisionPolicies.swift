import CheckupCore
import CheckupXML
import Foundation

/// Where a station's supervision policy comes from: the built-in default
/// (`policies/supervision-default.xml`), or a file named by `--policy` or `CHECKUP_POLICY`,
/// validated against the built-in `supervision-policy-1.xsd` with file:line:col.
public enum SupervisionPolicies {
    /// The label of the built-in policy in messages.
    public static let builtInLabel = "built-in/supervision-default.xml"

    /// The compiled policy schema.
    static func schema() throws(SupervisionError) -> XMLSchema {
        do {
            return try XMLSchema(data: Data(BuiltInFiles.supervisionPolicySchema.utf8),
                                 path: "built-in/supervision-policy-1.xsd")
        } catch {
            throw .policyXML(error)
        }
    }

    /// The file named explicitly, else by `CHECKUP_POLICY`, else nil (the built-in policy).
    public static func path(explicit: String?, environment: [String: String]) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let value = environment["CHECKUP_POLICY"], !value.isEmpty { return value }
        return nil
    }

    /// The policy of the file at `path`, or the built-in one when nil.
    public static func load(path: String?) throws(SupervisionError) -> SupervisionPolicy {
        let bytes: [UInt8]
        let label: String
        if let path {
            do {
                bytes = try SecureXML.readFile(path, limit: XMLLimits.checklist.maxBytes)
            } catch {
                throw .policyXML(error)
            }
            label = path
        } else {
            bytes = Array(BuiltInFiles.defaultSupervisionPolicy.utf8)
            label = builtInLabel
        }
        return try load(bytes: bytes, label: label)
    }

    /// The policy held in `bytes` (`label` names it in messages).
    public static func load(bytes: [UInt8], label: String) throws(SupervisionError) -> SupervisionPolicy {
        let schema = try schema()
        let document: XMLDocument
        do {
            document = try SecureXML.parse(bytes: bytes, file: label, root: SupervisionPolicyLoader.rootName,
                                           schema: schema, limits: .checklist)
        } catch {
            throw .policyXML(error)
        }
        return try SupervisionPolicyLoader.load(document)
    }
}
