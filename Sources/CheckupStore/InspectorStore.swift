import CheckupCore
import Foundation

/// The station's inspector register (`checkup inspector add|list`): who may inspect, with the
/// certificate number the documents print beside each name.
public protocol InspectorStore: Sendable {
    /// Every registered inspector, by name.
    func inspectors() throws -> [Inspector]
    /// Registers `inspector`; refuses (`InspectorError.duplicate`) a name already registered.
    func addInspector(_ inspector: Inspector, now: Date) throws
}
