import CheckupCore
import Foundation

/// The `answers` column of `selfcheck_answers`: an imported self-check's answers as one compact
/// JSON array in file order, each answer `["item-id","result"]`, or `["item-id","result","note"]`
/// when it has a note (results as `ItemResult`'s raw values). Written by hand on the import's hot
/// path; read back through `JSONDecoder`, since reads are few.
enum SelfCheckAnswers {
    /// The JSON array of `results` (UTF-8, RFC 8259: quote, backslash and control characters
    /// escaped; everything else written as it is).
    static func encode(_ results: [SelfCheckResult]) -> [UInt8] {
        // At most 6 bytes out per byte in (a control character becomes \u00XX), plus the
        // brackets, quotes, commas and the status (at most `"unchecked"`): 20 bytes an answer.
        var bound = 2
        for index in results.indices {
            bound += 20 + 6 * (results[index].itemID.utf8.count + (results[index].note?.utf8.count ?? 0))
        }
        let json = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            guard let base = buffer.baseAddress else {
                count = 0
                return
            }
            var cursor = JSONCursor(next: base)
            cursor.byte(UInt8(ascii: "["))
            for index in results.indices {
                if index > results.startIndex { cursor.byte(UInt8(ascii: ",")) }
                cursor.byte(UInt8(ascii: "["))
                cursor.string(results[index].itemID)
                cursor.byte(UInt8(ascii: ","))
                cursor.literal(statusJSON(results[index].status))
                if let note = results[index].note {
                    cursor.byte(UInt8(ascii: ","))
                    cursor.string(note)
                }
                cursor.byte(UInt8(ascii: "]"))
            }
            cursor.byte(UInt8(ascii: "]"))
            count = cursor.next - base
        }
        // The room reserved is six times what most answers need; a submission keeps its JSON
        // until it is stored, so keep only what was written.
        return Array(json[...])
    }

    /// A status as a JSON string (its raw value, which needs no escape), written as it is
    /// rather than scanned byte by byte.
    private static func statusJSON(_ status: ItemResult) -> StaticString {
        switch status {
        case .pass: return "\"pass\""
        case .fail: return "\"fail\""
        case .na: return "\"na\""
        case .unchecked: return "\"unchecked\""
        }
    }

    /// The findings an `answers` value stands for, as `finding` rows of the same answers would
    /// read: no major or fixed-on-site flag, no evidence, all recorded by the performer at the
    /// performed-at time. Throws `StoreError.database` when the value is not such an array.
    static func findings(_ text: String, session: Int64, recordedBy: String, recordedAt: Date) throws -> [Finding] {
        func corrupt(_ reason: String) -> StoreError {
            StoreError.database("the self-check answers of session \(session) are corrupt: \(reason)")
        }
        let answers: [[String]]
        do {
            answers = try JSONDecoder().decode([[String]].self, from: Data(text.utf8))
        } catch {
            throw corrupt("not a JSON array of arrays of strings")
        }
        var findings: [Finding] = []
        findings.reserveCapacity(answers.count)
        for (position, answer) in answers.enumerated() {
            guard answer.count == 2 || answer.count == 3 else {
                throw corrupt("answer \(position + 1) has \(answer.count) values instead of 2 or 3")
            }
            guard let result = ItemResult(rawValue: answer[1]) else {
                throw corrupt("answer \(position + 1) has an unknown result '\(answer[1])'")
            }
            findings.append(Finding(sessionID: session,
                                    answer: Answer(itemID: answer[0], result: result, note: answer.count == 3 ? answer[2] : nil),
                                    recordedBy: recordedBy, recordedAt: recordedAt))
        }
        return findings
    }
}

/// Writes JSON through a pointer into room the caller has reserved for everything it writes:
/// appending byte by byte to an `Array` checks uniqueness and capacity at every byte.
struct JSONCursor {
    /// Where the next byte goes.
    var next: UnsafeMutablePointer<UInt8>

    mutating func byte(_ value: UInt8) {
        next.pointee = value
        next += 1
    }

    /// `text` as it is: for JSON known in advance.
    mutating func literal(_ text: StaticString) {
        next.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        next += text.utf8CodeUnitCount
    }

    /// `text` as a JSON string, escaped by `JSONString` (the one writer of them); a text that
    /// needs no escape, nearly every one, is copied whole.
    mutating func string(_ text: String) {
        byte(UInt8(ascii: "\""))
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard let source = utf8.baseAddress else { return }
            if JSONString.anyNeedsEscape(source, count: utf8.count) {
                for value in utf8 { write(value) }
            } else {
                next.update(from: source, count: utf8.count)
                next += utf8.count
            }
        }
        if done == nil {
            for value in text.utf8 { write(value) }
        }
        byte(UInt8(ascii: "\""))
    }

    /// One byte of a string, escaped when it needs to be.
    @inline(__always)
    private mutating func write(_ value: UInt8) {
        if JSONString.needsEscape(value) { JSONString.escape(value) { byte($0) } } else { byte(value) }
    }
}

/// The parts of a submission's rows that need no database, worked out where the submission is
/// made — on the importer's reading threads, which run side by side — rather than on the one
/// thread that writes: the answers as `selfcheck_answers` stores them and the hazards the fails
/// create.
struct SelfCheckRows: Sendable {
    /// The enterprise's credit code, normalised.
    let code: String
    /// `session.inspectors`: the performer, as a JSON array.
    let inspectors: String
    /// The `answers` column.
    let answers: [UInt8]
    /// One hazard per fail, with session id 0 until the session exists.
    let hazards: [Hazard]

    init(document: SelfCheckDocument, performedAt: Date, checklist: LoadedChecklist, index: ChecklistIndex) {
        code = CreditCode.normalise(document.enterprise.creditCode)
        inspectors = SelfCheckBatchWriter.jsonArray(of: document.performedBy)
        answers = SelfCheckAnswers.encode(document.results)
        // The fails, read in place: filtering the results copied every one of them.
        let results = document.results
        var findings: [Finding] = []
        for index in results.indices where results[index].status == .fail {
            findings.append(Finding(sessionID: 0, answer: Answer(itemID: results[index].itemID, result: .fail,
                                                                 note: results[index].note),
                                    recordedBy: document.performedBy, recordedAt: performedAt))
        }
        if findings.isEmpty {
            hazards = []
            return
        }
        let session = Session(id: 0, kind: .selfCheck, enterpriseCode: code, checklistID: checklist.checklist.id,
                              checklistVersion: checklist.checklist.version, checklistHash: checklist.contentHash,
                              profileID: document.profileID, inspectors: [document.performedBy], status: .completed,
                              startedAt: performedAt, completedAt: performedAt)
        hazards = HazardRules.hazards(session: session, index: index, findings: findings, foundAt: performedAt)
    }
}
