import CheckupCore
import CheckupStore
import CheckupXML
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and checks one file: everything the importer does before the database.
///
/// Each file is opened once (`HashingFileReader`), and the bytes parsed are the bytes hashed:
/// a file replaced while it is imported is stored, or refused, as it was when opened.
struct SelfCheckPreparer: Sendable {
    let catalog: SelfCheckCatalog
    let now: Date
    let limits: XMLLimits
    /// Called with the path once the file is open and before a byte is read (tests replace the
    /// file there).
    var opened: (@Sendable (String) -> Void)? = nil

    /// Files up to this size are read whole (one read, hashed and parsed from memory, and the
    /// duplicate check before the parse); larger ones are parsed in a stream, hashed chunk by
    /// chunk as the parser takes them, and checked for a duplicate after.
    static let inMemoryLimit = 4 * 1_048_576

    func prepare(_ found: SelfCheckFiles.Found, lookup: any SelfCheckHashLookup) -> PreparedFile {
        let path = found.path
        func refused(_ problems: [XMLDiagnostic], size: Int64 = 0) -> PreparedFile {
            PreparedFile(file: path, bytes: size, result: .outcome(.refused(problems)))
        }
        func duplicate(_ session: Int64, size: Int) -> PreparedFile {
            PreparedFile(file: path, bytes: Int64(size), result: .outcome(.duplicate(session: session)))
        }
        if let problem = found.problem {
            return refused([XMLDiagnostic(location: SourceLocation(file: path, line: 0, column: 0),
                                          message: XMLText.cannotRead.text(problem))])
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            return refused([XMLDiagnostic(location: SourceLocation(file: path, line: 0, column: 0),
                                          message: XMLText.cannotRead.text(String(cString: strerror(errno))))])
        }
        guard Int(info.st_size) <= limits.maxBytes else {
            return refused(XMLError.tooLarge(file: path, size: Int(info.st_size), limit: limits.maxBytes).diagnostics,
                           size: Int64(info.st_size))
        }
        let reader: HashingFileReader
        do {
            reader = try HashingFileReader(path: path)
        } catch {
            return refused(XMLError.cannotRead(path: path, reason: error.reason).diagnostics, size: Int64(info.st_size))
        }
        opened?(path)
        // Measured on the open file: the size the bytes read are held to.
        let size = reader.size
        guard size <= limits.maxBytes else {
            return refused(XMLError.tooLarge(file: path, size: size, limit: limits.maxBytes).diagnostics, size: Int64(size))
        }
        if SelfCheckFormReader.isWorkbook(path) {
            return prepareWorkbook(path, reader: reader, size: size, lookup: lookup)
        }
        let hash: String
        var document: SelfCheckDocument
        // Kept for small files, to find exact columns if the file is refused.
        var source: [UInt8]?
        do throws(XMLError) {
            if size <= Self.inMemoryLimit {
                let bytes = try Self.cannotRead(path) { () throws(HashingFileReader.Failure) in try reader.read(upTo: size) }
                source = bytes
                hash = reader.sha256()
                if let session = try? lookup.session(contentHash: hash) { return duplicate(session, size: size) }
                document = try SelfCheckReader.read(bytes: bytes, file: path, schema: catalog.schema, limits: limits)
            } else {
                document = try SelfCheckReader.read(file: path, schema: catalog.schema, limits: limits) {
                    (buffer) throws(XMLError) in
                    try Self.cannotRead(path) { () throws(HashingFileReader.Failure) in try reader.read(into: buffer) }
                }
                // Whatever follows the document is part of the content too.
                let ended = try Self.cannotRead(path) { () throws(HashingFileReader.Failure) in
                    try reader.readToEnd(limit: limits.maxBytes)
                }
                guard ended else { throw .tooLarge(file: path, size: reader.bytesRead, limit: limits.maxBytes) }
                hash = reader.sha256()
                if let session = try? lookup.session(contentHash: hash) { return duplicate(session, size: size) }
            }
        } catch {
            return refused(SelfCheckMessages.clarify(error.diagnostics), size: Int64(size))
        }
        let (match, entry) = catalog.match(id: document.checklistID, version: document.checklistVersion)
        var problems = SelfCheckRules.check(document, checklist: match, now: now)
        if !problems.isEmpty, let source {
            document = SelfCheckLocator(source: source).refine(document)
            problems = SelfCheckRules.check(document, checklist: match, now: now)
        }
        guard problems.isEmpty, let entry, let performedAt = document.performedAt else {
            return refused(problems, size: Int64(size))
        }
        return PreparedFile(file: path, bytes: Int64(size), result: .submission(SelfCheckSubmission(
            file: path, contentHash: hash, document: document, performedAt: performedAt,
            checklist: entry.loaded, index: entry.index)))
    }

    /// An Excel form: read whole (forms are small; `XLSXLimits` bounds them), read as the
    /// self-check it stands for, a duplicate when that self-check's content was imported
    /// before, then checked by the same rules as a self-check file.
    private func prepareWorkbook(_ path: String, reader: HashingFileReader, size: Int,
                                 lookup: any SelfCheckHashLookup) -> PreparedFile {
        let limit = XLSXLimits.standard.maxFileBytes
        guard size <= limit else {
            return PreparedFile(file: path, bytes: Int64(size), result: .outcome(.refused([XMLDiagnostic(
                location: SourceLocation(file: path, cell: ""), message: FormText.tooLarge.text(size, limit))])))
        }
        let bytes: [UInt8]
        do {
            bytes = try reader.read(upTo: size)
        } catch {
            return PreparedFile(file: path, bytes: Int64(size), result: .outcome(.refused(
                XMLError.cannotRead(path: path, reason: error.reason).diagnostics)))
        }
        let reading: SelfCheckFormReader.Reading
        switch SelfCheckFormReader.read(bytes: Data(bytes), file: path, catalog: catalog) {
        case .failure(let refusal):
            return PreparedFile(file: path, bytes: Int64(size), result: .outcome(.refused(refusal.problems)))
        case .success(let read):
            reading = read
        }
        if let session = try? lookup.session(contentHash: reading.contentHash) {
            return PreparedFile(file: path, bytes: Int64(size), result: .outcome(.duplicate(session: session)))
        }
        let entry = reading.entry
        let problems = SelfCheckRules.check(reading.document, checklist: .found(entry.index), now: now)
        guard problems.isEmpty, let performedAt = reading.document.performedAt else {
            return PreparedFile(file: path, bytes: Int64(size), result: .outcome(.refused(problems)))
        }
        return PreparedFile(file: path, bytes: Int64(size), result: .submission(SelfCheckSubmission(
            file: path, contentHash: reading.contentHash, document: reading.document, performedAt: performedAt,
            checklist: entry.loaded, index: entry.index)))
    }

    /// `body`'s value, a read failure becoming the parser's `cannotRead`.
    private static func cannotRead<T>(_ path: String,
                                      _ body: () throws(HashingFileReader.Failure) -> T) throws(XMLError) -> T {
        do {
            return try body()
        } catch {
            throw .cannotRead(path: path, reason: error.reason)
        }
    }

    /// `problems` with the columns libxml2 and the streaming parser could not give, found by
    /// reading the (small) file again. Only refused files pay for this.
    static func refineColumns(_ problems: [XMLDiagnostic], file: String) -> [XMLDiagnostic] {
        guard problems.contains(where: { $0.location.line >= 1 && $0.location.column <= 1 }),
              let reader = try? HashingFileReader(path: file), reader.size <= inMemoryLimit,
              let bytes = try? reader.read(upTo: reader.size) else { return problems }
        return SelfCheckLocator(source: bytes).refine(problems)
    }
}
