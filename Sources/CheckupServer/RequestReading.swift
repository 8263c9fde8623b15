import CheckupCore
import Foundation
import Hummingbird
import NIOCore

extension StationServer {
    /// The query string's fields.
    func query(_ request: Request) -> FormData {
        FormData(urlEncoded: Substring(request.uri.query ?? ""))
    }

    /// The body of a POST as form fields — urlencoded, multipart (with files) or a JSON object —
    /// refused with 413 over the upload limit. For a signed-in session the CSRF token must be
    /// there (field `csrf`, or header `X-CSRF-Token` for scripts) and be the session's; an API
    /// token needs none (no cookie is sent by itself).
    func readForm(_ request: Request, _ context: ServerContext) async throws -> FormData {
        let limit = configuration.uploadLimit
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServerError.tooLarge(limit: limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw ServerError.tooLarge(limit: limit)
        }
        let bytes = Array(buffer.readableBytesView)
        let type = (request.headers[.contentType] ?? "").lowercased()
        let form: FormData
        if type.hasPrefix("multipart/form-data") {
            guard let boundary = Self.boundary(request.headers[.contentType] ?? ""),
                  let parsed = FormData(multipart: bytes, boundary: boundary) else {
                throw ServerError.badRequest(ServerText.badParameter.text("multipart", "…", in: context.language))
            }
            form = parsed
        } else if type.hasPrefix("application/json") {
            guard let parsed = FormData(json: bytes) else {
                throw ServerError.badRequest(ServerText.badParameter.text("JSON", "…", in: context.language))
            }
            form = parsed
        } else {
            form = FormData(urlEncoded: Substring(String(decoding: bytes, as: UTF8.self)))
        }
        if let expected = context.viewer?.csrf {
            let given = form["csrf"] ?? request.headers[.init("X-CSRF-Token")!] ?? ""
            guard Secrets.equal(given, expected) else { throw ServerError.csrf }
        }
        return form
    }

    /// The boundary parameter of a multipart Content-Type.
    static func boundary(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = parts[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    /// The signed-in viewer (the authentication middleware has found one on every route but
    /// /login).
    func viewer(_ context: ServerContext) throws -> Viewer {
        guard let viewer = context.viewer else { throw ServerError.notSignedIn }
        return viewer
    }

    // MARK: Which township

    /// The township a request is about. A township user's own (asking for another is a 404, as
    /// for a record that does not exist); a district user's or admin's `?township=`, or nil for
    /// every township when `required` is false, or the first township when it is true. A
    /// township with no registered enterprise is a 404.
    func township(_ viewer: Viewer, _ query: FormData, required: Bool) async throws -> String? {
        let asked = query["township"].map(Names.normalised).flatMap { $0.isEmpty ? nil : $0 }
        if viewer.user.role == .township {
            guard let own = viewer.user.township else { throw ServerError.notFound }
            if let asked, asked != own { throw ServerError.notFound }
            return own
        }
        guard asked != nil || required else { return nil }
        let townships = try await store { try $0.store.townships() }
        if let asked {
            guard townships.contains(asked) else { throw ServerError.notFound }
            return asked
        }
        guard let first = townships.first else { throw ServerError.notFound }
        return first
    }

    /// The townships a district user may pick (empty for a township user).
    func townshipChoices(_ viewer: Viewer) async throws -> [String] {
        viewer.user.role == .township ? [] : try await store { try $0.store.townships() }
    }

    // MARK: Records the viewer may see

    /// The enterprise `code` if the viewer may see it; else 404, the same for one that does not
    /// exist.
    func enterprise(_ code: String, for viewer: Viewer) async throws -> Enterprise {
        let normalised = CreditCode.normalise(code)
        guard let enterprise = try await store({ try $0.store.enterprise(normalised) }),
              viewer.user.mayAccess(township: enterprise.township) else { throw ServerError.notFound }
        return enterprise
    }

    /// Hazard `id` (a path segment) with its enterprise, if the viewer may see it; else 404.
    func hazard(_ id: String?, for viewer: Viewer) async throws -> (Hazard, Enterprise) {
        guard let id = id.flatMap({ Int64($0) }), id > 0 else { throw ServerError.notFound }
        let found = try await store { station -> (Hazard, Enterprise?)? in
            guard let hazard = try station.store.hazard(id) else { return nil }
            return (hazard, try station.store.enterprise(hazard.enterpriseCode))
        }
        guard let found, let enterprise = found.1, viewer.user.mayAccess(township: enterprise.township) else {
            throw ServerError.notFound
        }
        return (found.0, enterprise)
    }

    /// Session `id` (a path segment) with its enterprise, if the viewer may see it; else 404.
    func session(_ id: String?, for viewer: Viewer) async throws -> (Session, Enterprise) {
        guard let id = id.flatMap({ Int64($0) }), id > 0 else { throw ServerError.notFound }
        let found = try await store { station -> (Session, Enterprise?)? in
            guard let session = try station.store.session(id) else { return nil }
            return (session, try station.store.enterprise(session.enterpriseCode))
        }
        guard let found, let enterprise = found.1, viewer.user.mayAccess(township: enterprise.township) else {
            throw ServerError.notFound
        }
        return (found.0, enterprise)
    }

    // MARK: Answers

    /// An HTML answer.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A JSON answer of bytes already encoded.
    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A download: `data` as `type`, saved as `filename` (RFC 6266, the UTF-8 name percent-encoded
    /// beside an ASCII fallback), or shown inline.
    static func download(_ data: Data, type: String, filename: String, inline: Bool = false) -> Response {
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ascii
        let disposition = (inline ? "inline" : "attachment") + "; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: disposition],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A redirect after a POST (303: the browser GETs `location`).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
