import CheckupCore
import Foundation
import Testing

/// The rules of a new user and a password (`checkup user add`).
@Suite("Users")
struct UserTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("a township user needs a township; district and admin users take none")
    func townshipRules() throws {
        #expect(throws: UserError.townshipRequired) { try User.cleaned(name: "a", role: .township, township: nil, now: Self.now) }
        #expect(throws: UserError.empty("--township")) { try User.cleaned(name: "a", role: .township, township: " ", now: Self.now) }
        #expect(throws: UserError.townshipNotForRole) {
            try User.cleaned(name: "a", role: .district, township: "孝顺镇", now: Self.now)
        }
        let user = try User.cleaned(name: " 王  芳 ", role: .township, township: " 孝顺镇", now: Self.now)
        #expect(user.name == "王 芳")
        #expect(user.township == "孝顺镇")
    }

    @Test("an empty or too long name is refused")
    func nameRules() {
        #expect(throws: UserError.empty("NAME")) { try User.cleaned(name: "  ", role: .admin, township: nil, now: Self.now) }
        #expect(throws: UserError.tooLong("NAME", length: 41, limit: 40)) {
            try User.cleaned(name: String(repeating: "名", count: 41), role: .admin, township: nil, now: Self.now)
        }
    }

    @Test("a password is refused when empty, short or over bcrypt's 72 bytes; one line break is dropped")
    func passwordRules() throws {
        #expect(throws: UserError.passwordEmpty) { try User.checkedPassword("\n") }
        #expect(throws: UserError.passwordTooShort(minimum: 8)) { try User.checkedPassword("1234567\n") }
        #expect(throws: UserError.passwordTooLong(maximum: 72)) { try User.checkedPassword(String(repeating: "密", count: 25)) }
        #expect(try User.checkedPassword("correct horse\n") == "correct horse")
        #expect(try User.checkedPassword(" spaces kept ") == " spaces kept ")
    }

    @Test("a township user may access only its township; district and admin every one")
    func access() {
        let township = User(name: "a", role: .township, township: "孝顺镇", createdAt: Self.now)
        #expect(township.mayAccess(township: "孝顺镇"))
        #expect(!township.mayAccess(township: "傅村镇"))
        #expect(User(name: "b", role: .district, township: nil, createdAt: Self.now).mayAccess(township: "傅村镇"))
    }
}
