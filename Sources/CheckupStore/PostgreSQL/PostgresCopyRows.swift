import CheckupCore
import Foundation
import PostgresNIO

/// Rows for `COPY … FROM STDIN` in PostgreSQL's text format: fields separated by tabs, rows by
/// newlines, `\N` for NULL, and backslash, tab, newline and carriage return escaped with a
/// backslash (so that no field can end a row, split one, or read as the end-of-data marker).
struct PostgresCopyRows {
    /// The rows written so far.
    private(set) var buffer: ByteBuffer
    private var fieldsInRow = 0

    init(capacity: Int = 64 * 1024) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    /// Whether nothing has been written.
    var isEmpty: Bool { buffer.readableBytes == 0 }

    private mutating func separate() {
        if fieldsInRow > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }

    /// Ends the current row.
    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        fieldsInRow = 0
    }

    /// A NULL field.
    mutating func null() {
        separate()
        buffer.writeInteger(UInt8(ascii: "\\"))
        buffer.writeInteger(UInt8(ascii: "N"))
    }

    /// A text field, escaped.
    mutating func text(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { escape($0) }
    }

    /// A text field or NULL.
    mutating func text(_ value: String?) {
        if let value { text(value) } else { null() }
    }

    /// A text field of UTF-8 bytes, escaped.
    mutating func utf8(_ bytes: [UInt8]) {
        separate()
        bytes.withUnsafeBufferPointer { escape($0) }
    }

    /// A number.
    mutating func integer(_ value: Int64) {
        separate()
        buffer.writeString(String(value))
    }

    /// A number or NULL.
    mutating func integer(_ value: Int64?) {
        if let value { integer(value) } else { null() }
    }

    /// A UUID.
    mutating func uuid(_ value: UUID) {
        separate()
        buffer.writeString(value.uuidString)
    }

    /// A boolean.
    mutating func boolean(_ value: Bool) {
        separate()
        buffer.writeInteger(UInt8(ascii: value ? "t" : "f"))
    }

    /// A `timestamptz(3)`: the date to the millisecond, in UTC, as the SQLite store keeps it.
    mutating func date(_ value: Date) {
        separate()
        buffer.writeString(DatabaseDateText.text(value))
        buffer.writeString("+00")
    }

    /// A date or NULL.
    mutating func date(_ value: Date?) {
        if let value { date(value) } else { null() }
    }

    /// A date already formatted by `DatabaseDateText.text` (formatted once for several columns).
    mutating func dateText(_ value: String) {
        separate()
        buffer.writeString(value)
        buffer.writeString("+00")
    }

    private mutating func escape(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for index in 0..<bytes.count {
            let escaped: UInt8
            switch bytes[index] {
            case UInt8(ascii: "\\"): escaped = UInt8(ascii: "\\")
            case UInt8(ascii: "\n"): escaped = UInt8(ascii: "n")
            case UInt8(ascii: "\r"): escaped = UInt8(ascii: "r")
            case UInt8(ascii: "\t"): escaped = UInt8(ascii: "t")
            default: continue
            }
            if index > start { buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<index])) }
            buffer.writeInteger(UInt8(ascii: "\\"))
            buffer.writeInteger(escaped)
            start = index + 1
        }
        if start < bytes.count { buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start...])) }
    }
}

extension PostgresConnection {
    /// Copies `rows` into `table`'s `columns` with one `COPY … FROM STDIN` (nothing when empty),
    /// sent in pieces of at most 1 MiB.
    func copy(_ rows: PostgresCopyRows, into table: String, columns: [String]) async throws {
        guard !rows.isEmpty else { return }
        try await copyFrom(table: table, columns: columns, logger: PostgresStationStore.logger) { writer in
            var buffer = rows.buffer
            while buffer.readableBytes > 0 {
                let piece = buffer.readSlice(length: min(buffer.readableBytes, 1 << 20))!
                try await writer.write(piece)
            }
        }
    }
}

/// The connection closed under a command that was waiting on it (the server stopped or
/// restarted): reported as the connection lost, naming the server.
struct PostgresConnectionClosed: Error {}

extension PostgresConnection {
    /// Runs `body`, or throws `PostgresConnectionClosed` as soon as the connection closes while
    /// it runs: some of postgres-nio's waits (a COPY in flight) are never resumed when the server
    /// goes away mid-way, and a command must end with the cause instead of waiting for ever.
    func untilClosed(_ body: @escaping () async throws -> Void) async throws {
        let outcome = PostgresOnce()
        let run = Unchecked(body)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            outcome.continuation = continuation
            let work = Task.detached(executorPreference: PostgresBridge.executor) {
                do {
                    try await run.value()
                    outcome.resume(.success(()))
                } catch {
                    outcome.resume(.failure(error))
                }
            }
            self.closeFuture.whenComplete { _ in
                outcome.resume(.failure(PostgresConnectionClosed()))
                work.cancel()
            }
        }
    }
}

/// A continuation resumed once, by whichever of two outcomes comes first.
final class PostgresOnce: @unchecked Sendable {
    private let lock = NSLock()
    var continuation: CheckedContinuation<Void, any Error>?

    func resume(_ result: Result<Void, any Error>) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(with: result)
    }
}
