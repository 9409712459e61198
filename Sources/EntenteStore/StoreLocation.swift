public import Foundation

/// Where the store file lives: `--store PATH`, else `$ENTENTE_STORE`, else the XDG data folder
/// (`$XDG_DATA_HOME/entente/entente.sqlite`, default `~/.local/share/entente/entente.sqlite`).
public enum StoreLocation {
    /// Resolves the store path from an explicit option and the environment.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["ENTENTE_STORE"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/entente/entente.sqlite"
    }
}
