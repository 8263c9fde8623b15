import CheckupCore
import CheckupServer
import CheckupStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

/// The stores a test runs on: SQLite always; PostgreSQL too when `CHECKUP_TEST_POSTGRES` names a
/// server (scripts/pg-throwaway.sh).
enum Backend: String, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static var server: String? {
        ProcessInfo.processInfo.environment["CHECKUP_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var all: [Backend] {
        server == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    var testDescription: String { rawValue }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let moment: Mutex<Date>

    init(_ start: Date) {
        moment = Mutex(start)
    }

    var now: Date { moment.withLock { $0 } }

    func advance(_ seconds: TimeInterval) {
        moment.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// A station of two townships on a fresh database of `backend`, each with one enterprise and
/// one completed inspection whose two fails became hazards (a general one rectified, awaiting
/// verification; a major one open), and users of every role; and the server over it.
final class ServerFixture: @unchecked Sendable {
    static let townshipA = "孝顺镇"
    static let townshipB = "傅村镇"
    static let codeA = "91350100M000100Y43"
    static let codeB = "91330703MA2E0B1X2K"
    static let password = "correct horse"
    /// One bcrypt hash for every user (hashing is slow on purpose).
    static let passwordHash = PasswordHasher.hash(password)
    static let now = Timestamp.parse("2026-11-29T09:00:00+08:00") ?? Date()

    /// Users: one per township, a district user, an admin.
    static let userA = "孝顺镇安监"
    static let userB = "傅村镇安监"
    static let district = "区应急局"
    static let admin = "管理员"

    let directory: URL
    let station: Station
    let serverDatabase: String?
    let clock: TestClock
    /// Hazards by township: (general rectified, major open).
    let hazardsA: (general: Hazard, major: Hazard)
    let hazardsB: (general: Hazard, major: Hazard)
    let sessionA: Int64
    let sessionB: Int64
    let uploadLimit: Int

    init(_ backend: Backend = .sqlite, uploadLimit: Int = 20 * 1_048_576) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-server-\(UUID().uuidString)")
        let catalog = directory.appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        try Data(Self.mini.utf8).write(to: catalog.appendingPathComponent("mini.xml"))
        let path = directory.appendingPathComponent("station.sqlite").path
        let store: any StationStore
        switch backend {
        case .sqlite:
            serverDatabase = nil
            store = try SQLiteStationStore(path: path)
        case .postgres:
            let server = try #require(Backend.server)
            let database = try PostgresScratchDatabase.create(on: server)
            serverDatabase = database
            store = try PostgresStationStore(database)
        }
        let station = Station(store: store, catalog: try ChecklistCatalog(directory: catalog.path),
                              evidence: EvidenceStore.beside(database: path))
        self.station = station
        clock = TestClock(Self.now.addingTimeInterval(86_400))
        self.uploadLimit = uploadLimit
        let (sessionA, hazardsA) = try Self.seed(station, township: Self.townshipA, code: Self.codeA, name: "孝顺化工有限公司")
        let (sessionB, hazardsB) = try Self.seed(station, township: Self.townshipB, code: Self.codeB, name: "傅村机械厂")
        self.sessionA = sessionA
        self.sessionB = sessionB
        self.hazardsA = hazardsA
        self.hazardsB = hazardsB
        try store.addUser(User(name: Self.userA, role: .township, township: Self.townshipA, createdAt: Self.now),
                          passwordHash: Self.passwordHash)
        try store.addUser(User(name: Self.userB, role: .township, township: Self.townshipB, createdAt: Self.now),
                          passwordHash: Self.passwordHash)
        try store.addUser(User(name: Self.district, role: .district, township: nil, createdAt: Self.now),
                          passwordHash: Self.passwordHash)
        try store.addUser(User(name: Self.admin, role: .admin, township: nil, createdAt: Self.now),
                          passwordHash: Self.passwordHash)
    }

    deinit {
        (station.store as? PostgresStationStore)?.close()
        if let serverDatabase, let server = Backend.server {
            try? PostgresScratchDatabase.drop(serverDatabase, on: server)
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// One enterprise of `township` with a completed inspection: m1 fails (general, then
    /// rectified by the enterprise) and m2 fails (major, open).
    private static func seed(_ station: Station, township: String, code: String, name: String) throws -> (Int64, (general: Hazard, major: Hazard)) {
        try station.store.saveEnterprise(Enterprise(creditCode: code, name: name, township: township, industry: "化工"),
                                         update: false, now: Self.now)
        let opened = try station.startOrResume(checklist: "mini", enterprise: code, inspectors: ["张三"], profile: nil,
                                               now: Self.now)
        try station.record(Answer(itemID: "m1", result: .fail, note: "责任制未落实"), in: opened, by: "张三", now: Self.now)
        try station.record(Answer(itemID: "m2", result: .fail, note: "未签协议"), in: opened, by: "张三", now: Self.now)
        let (session, hazards) = try station.complete(opened, now: Self.now)
        let general = try #require(hazards.first { $0.severity == .general })
        let major = try #require(hazards.first { $0.severity == .major })
        _ = try station.store.changeHazard(general.id) {
            try HazardRules.update($0, to: .rectifying, measures: FiveMeasures(), note: nil, by: "王五", at: Self.now)
        }
        let rectified = try station.store.changeHazard(general.id) {
            try HazardRules.update($0, to: .rectified, measures: FiveMeasures(), note: nil, by: "王五", at: Self.now)
        }
        return (session.id, (rectified, major))
    }

    /// The server over this station.
    func server(trustProxy: Bool = false, language: Language = .zh) throws -> StationServer {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let clock = self.clock
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, trustProxy: trustProxy, language: language,
                                                uploadLimit: uploadLimit, policy: try SupervisionPolicies.load(path: nil),
                                                clock: { clock.now })
        return StationServer(station: station, configuration: configuration, logger: logger, runner: StoreRunner(threads: 2))
    }

    /// Runs `body` with a test client of the router.
    func test<T: Sendable>(trustProxy: Bool = false, _ body: @escaping @Sendable (WebClient) async throws -> T) async throws
        -> T {
        let app = try server(trustProxy: trustProxy).application()
        return try await app.test(.router) { client in try await body(WebClient(client: client)) }
    }

    static let mini = """
        <?xml version="1.0" encoding="UTF-8"?>
        <checklist xmlns="urn:checkup:checklist:1" id="mini" version="1" xml:lang="zh-CN">
          <title>小型测试检查表</title>
          <section id="mgmt">
            <title>管理</title>
            <item id="m1" layer="human" weight="2"><title>责任制</title><basis>《安全生产法》第四条</basis></item>
            <item id="m2" layer="joint" major="true"><title>承包单位管理</title><basis>判定标准第三条</basis></item>
          </section>
        </checklist>
        """
}

/// A signed-in browser: its session cookie and the session's CSRF token.
struct SignedIn: Sendable {
    var cookie: String
    var csrf: String
}

/// Requests as a browser or script makes them, over HummingbirdTesting's client.
struct WebClient: Sendable {
    let client: any TestClientProtocol

    /// Answers with status, headers and body text.
    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var bytes: [UInt8]

        /// The value of cookie `name` set by this answer, if any.
        func setCookie(_ name: String) -> String? {
            headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
        }

        /// Just the value of cookie `name`.
        func cookieValue(_ name: String) -> String? {
            setCookie(name).map { String($0.dropFirst(name.count + 1).prefix { $0 != ";" }) }
        }

        /// The body as a JSON object or array.
        func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(bytes))
        }
    }

    func request(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields = [:], body: [UInt8]? = nil)
        async throws -> Answer {
        try await client.execute(uri: path, method: method, headers: headers,
                                 body: body.map { ByteBuffer(bytes: $0) }) { response in
            let bytes = Array(response.body.readableBytesView)
            return Answer(status: response.status, headers: response.headers, body: String(decoding: bytes, as: UTF8.self),
                          bytes: bytes)
        }
    }

    /// GET, as `signed` when given.
    func get(_ path: String, as signed: SignedIn? = nil, headers: HTTPFields = [:]) async throws -> Answer {
        var headers = headers
        if let signed { headers[.cookie] = "checkup_session=\(signed.cookie)" }
        return try await request(.get, path, headers: headers)
    }

    /// POST of urlencoded `fields`, as `signed` when given (the fields must carry `csrf` themselves).
    func post(_ path: String, _ fields: [(String, String)], as signed: SignedIn? = nil, headers: HTTPFields = [:])
        async throws -> Answer {
        var headers = headers
        if let signed { headers[.cookie] = "checkup_session=\(signed.cookie)" }
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await request(.post, path, headers: headers, body: Array(Self.encode(fields).utf8))
    }

    /// A multipart POST of `fields` and `files` (field, filename, bytes).
    func postMultipart(_ path: String, _ fields: [(String, String)], files: [(String, String, [UInt8])],
                       as signed: SignedIn?) async throws -> Answer {
        let boundary = "----checkup-test-boundary"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, filename, bytes) in files {
            body += Array(("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\n"
                           + "Content-Type: application/octet-stream\r\n\r\n").utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        if let signed { headers[.cookie] = "checkup_session=\(signed.cookie)" }
        return try await request(.post, path, headers: headers, body: body)
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }

    /// Signs in as `name` with the fixture's password (from `address`, via X-Forwarded-For when
    /// the server trusts a proxy): the sign-in answer.
    func signInAnswer(_ name: String, password: String = ServerFixture.password, forwardedFor: String? = nil)
        async throws -> Answer {
        let page = try await request(.get, "/login")
        let token = page.cookieValue("checkup_login") ?? ""
        var headers: HTTPFields = [.cookie: "checkup_login=\(token)"]
        if let forwardedFor { headers[.init("X-Forwarded-For")!] = forwardedFor }
        return try await post("/login", [("name", name), ("password", password), ("csrf", token)], headers: headers)
    }

    /// Signs in as `name`: the session cookie and its CSRF token (from /api/v1/session).
    func signIn(_ name: String) async throws -> SignedIn {
        let answer = try await signInAnswer(name)
        let cookie = try #require(answer.cookieValue("checkup_session"), "\(answer.status) \(answer.body)")
        let session = try await get("/api/v1/session", as: SignedIn(cookie: cookie, csrf: ""))
        let object = try #require(try session.json() as? [String: Any])
        return SignedIn(cookie: cookie, csrf: try #require(object["csrf"] as? String))
    }
}
