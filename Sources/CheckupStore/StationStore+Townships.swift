import CheckupCore

extension StationStore {
    /// The townships of the registered enterprises, sorted, each once (a district user's choice
    /// in `checkup serve`).
    public func townships() throws -> [String] {
        Array(Set(try enterprises(township: nil).map(\.township))).sorted()
    }
}
