import GRDB
import GRDBSQLite

/// A prepared statement driven through the SQLite C API: the bulk path binds and steps it
/// directly, without building GRDB `StatementArguments` for each of millions of rows. The GRDB
/// `Statement` is kept so that GRDB owns (and finalizes) the handle.
///
/// Text is copied into memory the statement owns and bound from there without a copy by
/// SQLite (`SQLITE_STATIC`): a copying bind costs SQLite a malloc and a free per value, and a
/// hazard row has a dozen. Every run clears the bindings, so SQLite never keeps a pointer into
/// that memory beyond the run it was bound for; bind every parameter before each run.
final class BulkStatement {
    let statement: Statement
    let handle: OpaquePointer
    let connection: OpaquePointer?
    let sql: String
    /// Where bound text is kept: behind a pointer rather than in stored properties, whose every
    /// access a class checks for exclusivity at run time (millions of binds).
    private let text: UnsafeMutablePointer<TextBuffer>

    /// The text bound since the last run: a chunk filled from the start, and chunks filled
    /// earlier in the same run (SQLite still points into them), freed after the run.
    private struct TextBuffer {
        var chunk: UnsafeMutableRawPointer
        var capacity: Int
        var used = 0
        var full: [(chunk: UnsafeMutableRawPointer, capacity: Int)] = []
    }

    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        self.sql = sql
        text = .allocate(capacity: 1)
        text.initialize(to: TextBuffer(chunk: .allocate(byteCount: 4096, alignment: 8), capacity: 4096))
    }

    deinit {
        sqlite3_clear_bindings(handle)
        text.pointee.chunk.deallocate()
        for full in text.pointee.full { full.chunk.deallocate() }
        text.deinitialize(count: 1)
        text.deallocate()
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bindNull(_ index: Int32) {
        sqlite3_bind_null(handle, index)
    }

    /// Binds UTF-8 bytes as text.
    func bind(_ index: Int32, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        bindText(index, bytes)
    }

    /// Binds text, or NULL.
    func bind(_ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        let bound: Void? = value.utf8.withContiguousStorageIfAvailable { bindText(index, $0) }
        if bound == nil {
            var copy = value
            copy.withUTF8 { bindText(index, $0) }
        }
    }

    private func bindText(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        if text.pointee.used + count > text.pointee.capacity {
            // A new chunk; the full one stays until the run is over.
            text.pointee.full.append((text.pointee.chunk, text.pointee.capacity))
            let capacity = max(2 * text.pointee.capacity, count)
            text.pointee.chunk = .allocate(byteCount: capacity, alignment: 8)
            text.pointee.capacity = capacity
            text.pointee.used = 0
        }
        let target = text.pointee.chunk + text.pointee.used
        if let base = bytes.baseAddress, count > 0 {
            target.copyMemory(from: base, byteCount: count)
        }
        sqlite3_bind_text(handle, index, target.assumingMemoryBound(to: CChar.self), Int32(count), nil)
        text.pointee.used += count
    }

    /// Resets the statement after a run and drops its bindings (and with them every pointer
    /// into the text chunks).
    private func finishRun() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        text.pointee.used = 0
        if !text.pointee.full.isEmpty {
            for full in text.pointee.full { full.chunk.deallocate() }
            text.pointee.full.removeAll()
        }
    }

    /// Runs the statement to completion (an INSERT or UPDATE), then resets it and clears its
    /// bindings.
    func run() throws {
        let code = sqlite3_step(handle)
        defer { finishRun() }
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
    }

    /// The first column of the first row as an integer, or nil when there is no row.
    func int64() throws -> Int64? {
        let code = sqlite3_step(handle)
        defer { finishRun() }
        switch code {
        case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        default: throw error(code)
        }
    }

    /// Every row's first two columns as integers.
    func int64Pairs() throws -> [(Int64, Int64)] {
        var rows: [(Int64, Int64)] = []
        defer { finishRun() }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw error(code) }
            rows.append((sqlite3_column_int64(handle, 0), sqlite3_column_int64(handle, 1)))
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
}
