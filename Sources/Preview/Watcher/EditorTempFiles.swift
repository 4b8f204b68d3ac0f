/// Names of files editors write while saving, which must not trigger rebuilds: Vim swap files and its
/// `4913` probe, backup files ending in `~`, Emacs lock files `.#name`, and similar temporaries.
enum EditorTempFiles {
    static func isTemporary(_ name: String) -> Bool {
        if name == "4913" || name == ".DS_Store" || name.hasPrefix(".#") || name.hasSuffix("~") { return true }
        let lowered = name.lowercased()
        return [".swp", ".swo", ".swx", ".tmp", ".crdownload"].contains { lowered.hasSuffix($0) }
            || (name.hasPrefix("#") && name.hasSuffix("#"))
    }
}
