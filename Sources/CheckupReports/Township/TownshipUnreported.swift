import CheckupCore
import Foundation

extension TownshipReport {
    /// A major hazard not reported in time, as the report lists it.
    public struct UnreportedRow: Sendable, Equatable {
        /// The hazard.
        public var hazard: Hazard
        /// Hazard id.
        public var id: Int64 { hazard.id }
        /// The enterprise's credit code.
        public var creditCode: String { hazard.enterpriseCode }
        /// The enterprise's name ("" when not registered).
        public var name: String
        /// Item id and title.
        public var item: String
        /// Found day.
        public var found: String
        /// The day it was to be reported by.
        public var reportBy: String
    }

    /// `unreportedMajor` as rows, names from the township's register.
    public var unreportedRows: [UnreportedRow] {
        let names = Dictionary(scores.enterprises.map { ($0.creditCode, $0.name) }, uniquingKeysWith: { first, _ in first })
        return unreportedMajor.map { hazard in
            UnreportedRow(hazard: hazard, name: names[hazard.enterpriseCode] ?? "",
                          item: hazard.itemTitle.isEmpty ? hazard.itemID : "\(hazard.itemID) \(hazard.itemTitle)",
                          found: Timestamp.day(hazard.foundAt),
                          reportBy: Timestamp.day(escalationPolicy.reportBy(hazard)))
        }
    }
}
