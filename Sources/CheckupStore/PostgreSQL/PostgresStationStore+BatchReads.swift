import CheckupCore
import Foundation
import PostgresNIO

extension PostgresStationStore: StationBatchReads {
    /// Two queries for any number of sessions: their `finding` rows, then the stored answers of
    /// those without any (imported self-checks), as `findings(session:)` reads each.
    public func findings(sessions: [Int64]) throws -> [Int64: [Finding]] {
        guard !sessions.isEmpty else { return [:] }
        return try withConnection { connection in
            var found: [Int64: [Finding]] = [:]
            for id in sessions { found[id] = [] }
            for row in try await connection.rows("""
                SELECT \(unescaped: Self.findingColumns) FROM finding WHERE session_id = ANY(\(sessions))
                ORDER BY session_id, seq
                """) {
                let finding = try Self.finding(row)
                found[finding.sessionID, default: []].append(finding)
            }
            let answered = sessions.filter { found[$0]?.isEmpty ?? true }
            guard !answered.isEmpty else { return found }
            for row in try await connection.rows("""
                SELECT session_id, recorded_by, recorded_at, answers FROM selfcheck_answers WHERE session_id = ANY(\(answered))
                """) {
                let session = try row[0].decode(Int64.self)
                found[session] = try SelfCheckAnswers.findings(try row[3].decode(String.self), session: session,
                                                               recordedBy: try row[1].decode(String.self),
                                                               recordedAt: PostgresDate.read(try row[2].decode(Date.self)))
            }
            return found
        }
    }

    /// One query for any number of sessions, in ledger order (found, then id) within each.
    public func hazards(sessions: [Int64]) throws -> [Int64: [Hazard]] {
        guard !sessions.isEmpty else { return [:] }
        return try withConnection { connection in
            var found: [Int64: [Hazard]] = [:]
            for id in sessions { found[id] = [] }
            for row in try await connection.rows("""
                SELECT \(unescaped: Self.hazardColumns) FROM hazard WHERE session_id = ANY(\(sessions)) ORDER BY found_at, id
                """) {
                let hazard = try Self.hazard(row)
                found[hazard.sessionID, default: []].append(hazard)
            }
            return found
        }
    }
}
