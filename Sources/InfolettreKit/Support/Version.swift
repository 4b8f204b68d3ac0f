/// The tool's version, printed by `--version` and written into generated files' metadata.
public enum InfolettreVersion {
    public static let current = "0.1.0"
}
