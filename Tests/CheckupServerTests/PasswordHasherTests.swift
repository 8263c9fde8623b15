import CheckupServer
import Testing

@Suite("Password hashing")
struct PasswordHasherTests {
    @Test("a bcrypt hash verifies its own password and no other, and never contains it")
    func hashVerifies() {
        let hash = PasswordHasher.hash("correct horse")
        #expect(hash.hasPrefix("$2"))
        #expect(!hash.contains("correct horse"))
        #expect(PasswordHasher.verify("correct horse", against: hash))
        #expect(!PasswordHasher.verify("correct horsf", against: hash))
    }
}
