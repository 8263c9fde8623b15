// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Checkup",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "checkup", targets: ["checkup"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // postgres-nio's logging API, declared to silence its logger (Sources/CheckupStore/PostgreSQL/).
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        // `checkup serve` (Sources/CheckupServer/): the HTTP server and its password hashing.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // Hummingbird's own networking; CheckupServer runs the blocking store calls on an
        // NIOThreadPool of their own (StoreRunner) and reads the peer's address from NIOCore.
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Language, the message catalog and safe file access: what every module needs.
        .target(name: "CheckupSupport"),
        .target(name: "CheckupXML", dependencies: ["CLibXML2", "CheckupSupport"]),
        .target(
            name: "CheckupCore",
            dependencies: ["CheckupSupport", "CheckupXML", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "CheckupStore",
            dependencies: [
                "CheckupCore", "CheckupXML", .product(name: "GRDB", package: "GRDB.swift"),
                // The district's server database (Sources/CheckupStore/PostgreSQL/); nothing else uses it.
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CheckupReports",
            dependencies: [
                "CheckupCore", "CheckupXML",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Templates")]
        ),
        // Self-check import: finding, reading, hashing and checking files on several threads,
        // handed to the store through its protocols (SelfCheckStore).
        // ZIPFoundation for the Excel self-check forms it reads beside XML files.
        .target(
            name: "CheckupImport",
            dependencies: [
                "CheckupCore", "CheckupStore", "CheckupXML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // `checkup serve`: the station in a browser over the same store (Hummingbird), its users'
        // passwords (bcrypt), sessions, CSRF, and the JSON API beside the pages.
        .target(
            name: "CheckupServer",
            dependencies: [
                "CheckupSupport", "CheckupCore", "CheckupStore", "CheckupReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "checkup",
            dependencies: [
                "CheckupSupport", "CheckupXML", "CheckupCore", "CheckupStore", "CheckupReports", "CheckupImport",
                "CheckupServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (scripts/fuzz.sh builds them with libFuzzer; a normal build makes
        // replayers that the regression test runs on Fuzz/regressions/).
        .executableTarget(
            name: "bench-import-stages", dependencies: ["CheckupCore", "CheckupStore", "CheckupImport", "CheckupXML"],
            path: "Benchmarks/import-stages"
        ),
        .executableTarget(name: "fuzz-checklist", dependencies: ["CheckupCore", "CheckupXML"], path: "Fuzz/checklist"),
        .executableTarget(name: "fuzz-enterprise-csv", dependencies: ["CheckupCore"], path: "Fuzz/enterprise-csv"),
        .executableTarget(name: "fuzz-parsers", dependencies: ["CheckupCore"], path: "Fuzz/parsers"),
        .executableTarget(name: "fuzz-template", dependencies: ["CheckupReports"], path: "Fuzz/template"),
        .executableTarget(
            name: "fuzz-store-rows",
            dependencies: ["CheckupCore", "CheckupStore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Fuzz/store-rows"
        ),
        .executableTarget(
            name: "fuzz-selfcheck", dependencies: ["CheckupCore", "CheckupStore", "CheckupImport", "CheckupXML"],
            path: "Fuzz/selfcheck"
        ),
        .testTarget(name: "CheckupSupportTests", dependencies: ["CheckupSupport"]),
        .testTarget(
            name: "CheckupXMLTests",
            dependencies: ["CheckupXML"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CheckupCoreTests",
            dependencies: ["CheckupCore", "CheckupXML"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CheckupStoreTests",
            // GRDB for tests that write rows as older versions did, or corrupt them, by SQL.
            dependencies: ["CheckupStore", "CheckupCore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CheckupImportTests",
            // GRDB for tests that read the stored rows back by SQL.
            // CheckupReports and ZIPFoundation to make Excel forms with the writer and edit them as
            // Excel, WPS or LibreOffice would.
            dependencies: [
                "CheckupImport", "CheckupStore", "CheckupCore", "CheckupXML", "CheckupReports",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CheckupReportsTests",
            dependencies: ["CheckupReports", "CheckupCore", "CheckupStore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CheckupServerTests",
            dependencies: [
                "CheckupServer", "CheckupStore", "CheckupCore", "CheckupReports", "CheckupSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "CheckupCLITests",
            dependencies: [
                "checkup", "CheckupStore", "CheckupCore", "CheckupReports", .product(name: "GRDB", package: "GRDB.swift"),
                "fuzz-checklist", "fuzz-selfcheck", "fuzz-enterprise-csv", "fuzz-parsers", "fuzz-template",
                "fuzz-store-rows",
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
