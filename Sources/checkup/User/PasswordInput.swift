import ArgumentParser
import CheckupCore
import Foundation

/// `--password-stdin`: the password is read from standard input, never from an argument (which
/// `ps` and shell histories would show).
struct PasswordInput: ParsableArguments {
    @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input (required).")
    var passwordStdin = false

    func validate() throws {
        if !passwordStdin { throw ValidationError(UserText.passwordStdinRequired.text()) }
    }

    /// The password read from standard input (up to 4 KiB; one trailing line break dropped),
    /// checked by `User.checkedPassword`.
    func read() throws -> String {
        let data = FileHandle.standardInput.readData(ofLength: 4096)
        return try User.checkedPassword(String(decoding: data, as: UTF8.self))
    }
}
