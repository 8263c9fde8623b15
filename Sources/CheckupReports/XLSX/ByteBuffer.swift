import Foundation

/// A growable byte buffer for large exports: appends go straight into one malloc'd block, and
/// `takeData()` hands that block to `Data` without copying. Far cheaper than concatenating a
/// `String` per cell when a ledger has hundreds of thousands of rows.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// Bytes written.
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        base = Self.allocate(self.capacity)
    }

    deinit {
        free(base)
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let raw = malloc(capacity) else { fatalError("out of memory allocating \(capacity) bytes") }
        return raw.assumingMemoryBound(to: UInt8.self)
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        var next = capacity
        while next < needed { next = next < (1 << 26) ? next * 2 : next + next / 2 }
        guard let raw = realloc(base, next) else { fatalError("out of memory growing to \(next) bytes") }
        base = raw.assumingMemoryBound(to: UInt8.self)
        capacity = next
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Appends raw bytes.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends bytes of an array.
    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the UTF-8 of `string` as is (no escaping).
    func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Appends the bytes of a literal.
    func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends a decimal integer.
    func appendDecimal(_ value: Int) {
        if value >= 0 && value < 10 {
            append(UInt8(48 + value))
            return
        }
        append(String(value))
    }

    /// Inserts `bytes` at `offset` (0...count), moving what follows: for an attribute known only
    /// once a row's cells are written (its height). Cheap for a short tail such as one row.
    func insert(_ bytes: [UInt8], at offset: Int) {
        guard !bytes.isEmpty, offset >= 0, offset <= count else { return }
        reserve(bytes.count)
        memmove(base + offset + bytes.count, base + offset, count - offset)
        bytes.withUnsafeBufferPointer { source in
            if let from = source.baseAddress { (base + offset).update(from: from, count: bytes.count) }
        }
        count += bytes.count
    }

    /// Forgets the content, keeping the allocation.
    func removeAll() {
        count = 0
    }

    /// The content as `Data`, handing over the memory (no copy); the buffer is empty afterwards.
    func takeData() -> Data {
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        capacity = 64
        base = Self.allocate(capacity)
        count = 0
        return data
    }
}
