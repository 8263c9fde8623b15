import Foundation

/// A rectification notice's number as the station issued it: consecutive per year, assigned
/// when the notice is first issued and kept, so that every later copy carries the same number.
public struct IssuedNotice: Sendable, Hashable, Codable {
    /// The session the notice is for.
    public var sessionID: Int64
    /// The year of the numbering (the notice date's year, station time).
    public var year: Int
    /// The serial within the year, from 1.
    public var serial: Int
    /// The number as printed, e.g. `金东安体〔2026〕第0012号`.
    public var number: String
    /// When it was first issued.
    public var issuedAt: Date

    /// Creates an issued number.
    public init(sessionID: Int64, year: Int, serial: Int, number: String, issuedAt: Date) {
        self.sessionID = sessionID
        self.year = year
        self.serial = serial
        self.number = number
        self.issuedAt = issuedAt
    }
}

/// What the hazard ledger needs of the session that found a hazard: its inspectors and its
/// notice number, if one was issued.
public struct HazardSessionInfo: Sendable, Hashable {
    /// The session.
    public var sessionID: Int64
    /// Its inspectors (the self-check's performer for a self-check).
    public var inspectors: [String]
    /// Its rectification notice's number, once issued.
    public var noticeNumber: String?

    /// Creates the information.
    public init(sessionID: Int64, inspectors: [String], noticeNumber: String?) {
        self.sessionID = sessionID
        self.inspectors = inspectors
        self.noticeNumber = noticeNumber
    }
}
