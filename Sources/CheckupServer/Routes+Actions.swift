import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Hummingbird

extension StationServer {
    /// The two actions, as forms: `POST /hazards/{id}/verify` (multipart or urlencoded: `note`,
    /// `refuse`, `evidence` files, `csrf`) and `POST /hazards/{id}/escalate` (`to`, `reference`,
    /// `at`, `csrf`). Each answers 303 to the hazard's page, which says what was done.
    func addActionRoutes(to router: Router<ServerContext>) {
        router.post("/hazards/:id/verify") { request, context in
            let (hazard, _) = try await self.verify(request, context)
            return Self.seeOther(self.hazardLink(hazard.id, done: "verify", context))
        }
        router.post("/hazards/:id/escalate") { request, context in
            let (hazard, _) = try await self.escalate(request, context)
            return Self.seeOther(self.hazardLink(hazard.id, done: "escalate", context))
        }
    }

    /// The hazard's page after an action, in the page's language.
    private func hazardLink(_ id: Int64, done: String, _ context: ServerContext) -> String {
        "/hazards/\(id)?done=\(done)" + (context.language == configuration.language ? "" : "&lang=\(context.language.rawValue)")
    }

    /// The most files one verification takes.
    static let evidenceFilesLimit = 10

    /// `hazard verify ID --inspector USER [--refuse] --reason NOTE --evidence FILE…`, by the
    /// signed-in user: the same operation (`Station.verifyHazard`), so the history records the
    /// user's name as the CLI records the inspector's. Uploaded files are written to a private
    /// temporary folder under their own (cleaned) names, added to the evidence store from there
    /// and removed.
    func verify(_ request: Request, _ context: ServerContext) async throws -> (Hazard, Enterprise) {
        let viewer = try viewer(context)
        let (hazard, enterprise) = try await self.hazard(context.parameters.get("id"), for: viewer)
        let form = try await readForm(request, context)
        let refuse = try QueryParameters.flag(form, "refuse", context.language)
        let note = form["note"].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        if let note, note.unicodeScalars.count > TextLimits.note {
            throw ServerError.badParameter("note", String(note.prefix(20)), context.language)
        }
        let files = form.files.filter { $0.field == "evidence" }
        if files.count > Self.evidenceFilesLimit {
            throw ServerError.badParameter("evidence", String(files.count), context.language)
        }
        let user = viewer.user.name
        let now = self.now
        let id = hazard.id
        let updated = try await store { station -> Hazard in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-upload-" + Secrets.token())
            defer { try? FileManager.default.removeItem(at: folder) }
            var paths: [String] = []
            if !files.isEmpty {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                        attributes: [.posixPermissions: 0o700])
                for (index, file) in files.enumerated() {
                    let place = folder.appendingPathComponent(String(index))
                    try FileManager.default.createDirectory(at: place, withIntermediateDirectories: false)
                    let path = place.appendingPathComponent(Self.cleanFilename(file.filename)).path
                    try Data(file.bytes).write(to: URL(fileURLWithPath: path))
                    paths.append(path)
                }
            }
            return try station.verifyHazard(id, by: user, at: now, refuse: refuse, reason: note, evidencePaths: paths)
        }
        return (updated, enterprise)
    }

    /// `hazard escalate ID --to BODY --reference REF --at DATE --by USER`, by the signed-in user.
    func escalate(_ request: Request, _ context: ServerContext) async throws -> (Hazard, Enterprise) {
        let viewer = try viewer(context)
        let (hazard, enterprise) = try await self.hazard(context.parameters.get("id"), for: viewer)
        let form = try await readForm(request, context)
        let id = hazard.id
        let body = try EscalationInput.required(form["to"], "to", hazard: id)
        let reference = try EscalationInput.required(form["reference"], "reference", hazard: id)
        let date = try EscalationInput.date(form["at"], "at", hazard: id)
        let user = viewer.user.name
        let updated = try await store { station in
            try station.escalateHazard(id, to: body, reference: reference, at: date, by: user, recordedBy: user)
        }
        return (updated, enterprise)
    }

    /// An uploaded file's name as the evidence store keeps it: the last path component, without
    /// control characters, at most 100 characters; "evidence" when nothing is left.
    static func cleanFilename(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(last.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint
            && $0.properties.generalCategory != .control && $0.properties.generalCategory != .format }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        let short = String(kept.prefix(100))
        return short.isEmpty || short == "." || short == ".." ? "evidence" : short
    }
}
