@testable import CheckupStore
import CheckupCore
import Foundation
import GRDB
import Testing

/// `saveEnterprises` stores a list in one transaction (issue 14, item 18).
@Suite("Enterprise list in the store")
struct EnterpriseListStoreTests {
    static func enterprise(_ n: Int, name: String = "企业") -> Enterprise {
        let first17 = "91330703" + String(format: "%09d", n)
        return Enterprise(creditCode: first17 + String(CreditCode.expectedCheckCharacter(for: first17) ?? "0"),
                          name: "\(name)\(n)", township: "孝顺镇", industry: "五金")
    }

    @Test func aFailureAtTheLastRowLeavesNothingOfTheList() throws {
        let fixture = try StoreFixture()
        let list = (0..<50).map { Self.enterprise($0) }
        let queue = try DatabaseQueue(path: fixture.sqlite.path)
        try queue.write { db in
            // The database refuses the list's last row, as a full disk or a killed process would end it there.
            try db.execute(sql: """
                CREATE TRIGGER refuse_last BEFORE INSERT ON enterprise WHEN NEW.credit_code = '\(list[49].creditCode)'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
        }
        #expect(throws: StoreError.self) { _ = try fixture.store.saveEnterprises(list, now: StoreFixture.now) }
        #expect(try fixture.store.enterprises(township: nil).map(\.creditCode) == [StoreFixture.code])
    }

    @Test func existingEnterprisesAreUpdatedAndKeepTheirRegistrationDate() throws {
        let fixture = try StoreFixture()
        let later = StoreFixture.now.addingTimeInterval(86_400)
        let first = try fixture.store.saveEnterprises([Self.enterprise(1), Self.enterprise(2)], now: StoreFixture.now)
        #expect(first == (added: 2, updated: 0))
        let second = try fixture.store.saveEnterprises([Self.enterprise(2, name: "改名"), Self.enterprise(3)], now: later)
        #expect(second == (added: 1, updated: 1))
        #expect(try fixture.store.enterprise(Self.enterprise(2).creditCode)?.name == "改名2")
        let queue = try DatabaseQueue(path: fixture.sqlite.path)
        let registered = try queue.read { db in
            try Date.fetchOne(db, sql: "SELECT registered_at FROM enterprise WHERE credit_code = ?",
                              arguments: [Self.enterprise(2).creditCode])
        }
        #expect(registered == StoreFixture.now)
    }
}
