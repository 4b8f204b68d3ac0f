// swift-tools-version:6.0
import PackageDescription

/// Infolettre: one SwiftPM target per pipeline stage; dependencies point one way,
/// from the executable down to the leaf modules (see docs/architecture.md).
let package = Package(
    name: "Infolettre",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "infolettre", targets: ["infolettre"]),
        .library(name: "InfolettreKit", targets: ["InfolettreKit"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "CivilCalendar"),
        .target(name: "YAML", dependencies: ["Diagnostics", "CivilCalendar"]),
        .target(name: "Markdown"),
        .target(name: "Typography"),
        .target(name: "Templates", dependencies: ["Diagnostics"]),
        .target(name: "Discussions", dependencies: ["Diagnostics", "CivilCalendar"]),
        .target(name: "Privacy", dependencies: ["Discussions", "Diagnostics"]),
        .target(name: "Email", dependencies: ["CLibXML2"]),
        .target(name: "Preview"),
        .target(name: "Site", dependencies: ["CivilCalendar"]),
        .target(
            name: "InfolettreKit",
            dependencies: [
                "Diagnostics", "YAML", "Markdown", "Typography", "Templates",
                "Discussions", "Privacy", "Email", "Site", "Preview",
            ],
            plugins: ["EmbedThemes"]
        ),
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedThemes", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .executableTarget(name: "infolettre", dependencies: ["InfolettreKit"]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "CivilCalendarTests", dependencies: ["CivilCalendar"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"], exclude: ["Fixtures"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], exclude: ["Resources", "Golden"]),
        .testTarget(name: "TypographyTests", dependencies: ["Typography"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"], exclude: ["Resources"]),
        .testTarget(name: "DiscussionsTests", dependencies: ["Discussions"], exclude: ["Fixtures"]),
        .testTarget(name: "PrivacyTests", dependencies: ["Privacy"], exclude: ["Fixtures"]),
        .testTarget(name: "EmailTests", dependencies: ["Email"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),
        .testTarget(name: "SiteTests", dependencies: ["Site"]),
        .testTarget(name: "InfolettreKitTests", dependencies: ["InfolettreKit"], exclude: ["Golden"]),
    ]
)
