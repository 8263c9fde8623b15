import Foundation

/// Global ids for rows that travel between stations (sessions, hazards, history entries,
/// self-check files): UUID version 7 (RFC 9562), whose first 48 bits are the Unix time in
/// milliseconds, so ids made later sort later and index well, and whose 74 random bits keep
/// ids made on different machines apart.
enum GlobalID {
    /// A new UUID v7 for the moment `now`.
    static func make(now: Date = Date()) -> UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        // Two draws of the system generator (one call to the kernel each) rather than one a
        // byte: the bulk import makes an id for every hazard and history row.
        var generator = SystemRandomNumberGenerator()
        let high = generator.next(), low = generator.next()
        for index in 6..<8 { bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * (index - 6))) }
        for index in 8..<16 { bytes[index] = UInt8(truncatingIfNeeded: low >> (8 * (index - 8))) }
        let millis = UInt64(max(0, (now.timeIntervalSince1970 * 1000).rounded()))
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: millis >> (8 * (5 - index))) }
        bytes[6] = 0x70 | (bytes[6] & 0x0F)   // version 7
        bytes[8] = 0x80 | (bytes[8] & 0x3F)   // variant 10
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// A new global id as the SQLite store keeps it: the canonical text, in lower case (what
    /// PostgreSQL prints for a `uuid`).
    static func text(now: Date = Date()) -> String {
        make(now: now).uuidString.lowercased()
    }

    /// The moment a UUID v7's first 48 bits record (milliseconds since 1970), or nil for text
    /// that is not a UUID v7.
    static func time(of text: String) -> Date? {
        guard let uuid = UUID(uuidString: text) else { return nil }
        let b = uuid.uuid
        guard b.6 >> 4 == 7 else { return nil }
        let millis = [b.0, b.1, b.2, b.3, b.4, b.5].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Date(timeIntervalSince1970: Double(millis) / 1000)
    }
}
