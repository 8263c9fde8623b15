import Foundation
import Testing

/// `checkup user add|list|disable|passwd|token`: passwords only from standard input, refused
/// when empty or short, never stored or shown in clear.
@Suite("User commands")
struct UserCLITests {
    @Test("a user is added from a password on stdin and listed without any hash; the database holds no clear password")
    func addAndList() throws {
        let station = try TemporaryStation(checklists: [])
        let added = try station.run(["user", "add", "王芳", "--role", "township", "--township", "孝顺镇", "--password-stdin"],
                                    now: "2026-11-29T09:00:00+08:00", stdin: Data("s3cret-pass\n".utf8))
        #expect(added.status == 0, "\(added)")
        #expect(added.stdout.contains("已添加用户 王芳（乡镇，孝顺镇）"))
        let list = try station.run(["user", "list", "--format", "json"])
        #expect(list.status == 0)
        let users = try #require(try JSONSerialization.jsonObject(with: list.stdoutData) as? [[String: Any]])
        #expect(users.count == 1)
        #expect(users.first?["name"] as? String == "王芳")
        #expect(users.first?["role"] as? String == "township")
        #expect(users.first?["township"] as? String == "孝顺镇")
        #expect(users.first?["disabled"] as? Bool == false)
        #expect(!list.stdout.contains("$2"))
        let bytes = try Data(contentsOf: station.database)
        #expect(bytes.range(of: Data("s3cret-pass".utf8)) == nil)
        let text = try station.run(["user", "list"])
        #expect(text.stdout.contains("王芳") && text.stdout.contains("启用"))
    }

    @Test("an empty or short password is refused with exit 1; without --password-stdin it is a usage error")
    func refusesBadPasswords() throws {
        let station = try TemporaryStation(checklists: [])
        let empty = try station.run(["user", "add", "a", "--role", "district", "--password-stdin"], stdin: Data())
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("密码为空"))
        let short = try station.run(["user", "add", "a", "--role", "district", "--password-stdin"], stdin: Data("short\n".utf8))
        #expect(short.status == 1)
        #expect(short.stderr.contains("至少 8 个字符"))
        let noFlag = try station.run(["user", "add", "a", "--role", "district"])
        #expect(noFlag.status == 2)
        let noTownship = try station.run(["user", "add", "a", "--role", "township", "--password-stdin"],
                                         stdin: Data("long enough".utf8))
        #expect(noTownship.status == 1)
        #expect(!FileManager.default.fileExists(atPath: station.database.path))
    }

    @Test("a name already taken is refused; passwd, disable and token work on known users and refuse unknown ones")
    func lifecycle() throws {
        let station = try TemporaryStation(checklists: [])
        let password = Data("long enough".utf8)
        #expect(try station.run(["user", "add", "区局", "--role", "district", "--password-stdin"], stdin: password).status == 0)
        let again = try station.run(["user", "add", "区局", "--role", "admin", "--password-stdin"], stdin: password)
        #expect(again.status == 1 && again.stderr.contains("已存在"))
        #expect(try station.run(["user", "passwd", "区局", "--password-stdin"], stdin: Data("another one".utf8)).status == 0)
        #expect(try station.run(["user", "passwd", "nobody", "--password-stdin"], stdin: password).status == 1)
        let token = try station.run(["user", "token", "区局"])
        #expect(token.status == 0)
        #expect(token.stdout.hasPrefix("ck_") && token.stdout.count == 3 + 64 + 1)
        let bytes = try Data(contentsOf: station.database)
        #expect(bytes.range(of: Data(token.stdout.dropLast().utf8)) == nil)
        let disabled = try station.run(["user", "disable", "区局"])
        #expect(disabled.status == 0 && disabled.stdout.contains("已停用"))
        #expect(try station.run(["user", "token", "区局"]).status == 1)
        #expect(try station.run(["user", "disable", "nobody"]).status == 1)
        let list = try station.run(["user", "list", "--lang", "en"])
        #expect(list.stdout.contains("disabled"))
    }
}
