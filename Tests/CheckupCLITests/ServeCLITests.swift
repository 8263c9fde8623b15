import CheckupStore
import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `checkup serve` as a process: it listens, answers, logs one line per request and stops
/// cleanly (exit 0) on SIGTERM — on SQLite, and on PostgreSQL when a test server is given.
@Suite("checkup serve")
struct ServeCLITests {
    /// The databases to serve: a SQLite file always, a PostgreSQL database when on.
    static var databases: [String] {
        testPostgresServer == nil ? ["sqlite"] : ["sqlite", "postgres"]
    }

    @Test("serve answers /login and stops on SIGTERM with exit 0", arguments: databases)
    func servesAndStops(_ backend: String) throws {
        let station = try TemporaryStation(checklists: [])
        var scratch: String?
        if backend == "postgres", let server = testPostgresServer {
            scratch = try PostgresScratchDatabase.create(on: server)
            station.serverDatabase = scratch
        }
        defer { if let scratch, let server = testPostgresServer { try? PostgresScratchDatabase.drop(scratch, on: server) } }
        let added = try station.run(["user", "add", "王芳", "--role", "district", "--password-stdin"],
                                    stdin: Data("long enough".utf8))
        #expect(added.status == 0, "\(added)")

        let process = Process()
        process.executableURL = station.runner.executable
        process.arguments = ["serve", "--listen", "127.0.0.1:0"] + station.stationArguments
        process.environment = station.runner.environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let started = Date()
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The address it listens on, from its first line on stderr.
        let reader = errors.fileHandleForReading
        var log = ""
        var port: Int?
        while port == nil, Date().timeIntervalSince(started) < 20 {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            log += String(decoding: chunk, as: UTF8.self)
            if let range = log.range(of: #"http://127\.0\.0\.1:(\d+)"#, options: .regularExpression) {
                port = Int(log[range].split(separator: ":").last ?? "")
            }
        }
        let bound = try #require(port, "no address in: \(log)")

        let url = try #require(URL(string: "http://127.0.0.1:\(bound)/login"))
        let answered = DispatchSemaphore(value: 0)
        let status = Mutable<Int?>(nil)
        URLSession.shared.dataTask(with: url) { data, response, _ in
            status.value = (response as? HTTPURLResponse)?.statusCode
            answered.signal()
        }.resume()
        #expect(answered.wait(timeout: .now() + 10) == .success)
        #expect(status.value == 200)

        kill(process.processIdentifier, SIGTERM)
        #expect(exited.wait(timeout: .now() + 20) == .success)
        log += String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0, "\(log)")
        #expect(log.contains("GET /login 200"), "\(log)")
        #expect(log.contains("checkup serve 已停止"), "\(log)")
        #expect(!log.contains("long enough"))
    }
}

/// A value set by a callback and read after the semaphore it signals.
final class Mutable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
