/// The version `checkup --version` prints; raised with every release a station installs.
enum CheckupVersion {
    /// Semantic version of this build.
    static let string = "0.15.0"
}
