import CLibXML2

/// libxml2's one-time global setup, done once before any parser, reader, writer or schema is made.
///
/// libxml2 2.9 initialises its globals lazily and not thread-safely: two threads making their
/// first dictionaries at once (`xmlDictCreate`, e.g. two schemas compiled in parallel) can both
/// create the dictionary mutex and leave each other waiting on it forever. The test suite hung so
/// under AddressSanitizer (both threads in `__xmlRandom` → `xmlRMutexLock`). libxml2's
/// documentation asks for `xmlInitParser()` before multithreaded use; a Swift `static let` runs
/// it exactly once, whichever thread comes first.
///
/// The XML Schema built-in types (`xs:dateTime`, …) are another lazy global, filled by the
/// first schema compiled and not guarded: two schemas compiled at once can each see a half-filled
/// table and fail with "The QName value 'dateTime' does not resolve to a(n) simple type
/// definition" (seen in the parallel test suite). They are set up here too.
enum LibXMLSetup {
    private static let done: Bool = {
        xmlInitParser()
        xmlSchemaInitTypes()
        return true
    }()

    /// Makes sure the global setup has run.
    @inline(__always)
    static func ensure() {
        _ = done
    }
}
