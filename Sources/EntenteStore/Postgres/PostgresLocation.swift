import EntenteCore
import Foundation
import PostgresNIO

/// A PostgreSQL store named by URL: `postgres://user[:password]@host[:port]/database`, with
/// `?sslmode=disable|prefer|require` (default `prefer`).
///
/// The same `--store` option and `ENTENTE_STORE` variable that name a SQLite file take such a URL;
/// ``isPostgres(_:)`` tells them apart by the scheme.
public enum PostgresLocation {
    /// Whether a store location names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// The client configuration a URL names.
    ///
    /// - Throws: ``EntenteError`` (`.invalidInput`) naming what is missing or malformed.
    static func configuration(_ location: String) throws(EntenteError) -> PostgresClient.Configuration {
        guard isPostgres(location), let url = URLComponents(string: location) else {
            throw EntenteError(
                .invalidInput, "'\(redacted(location))' is not a PostgreSQL URL (postgres://user@host:port/database).")
        }
        guard let host = url.host, !host.isEmpty else {
            throw EntenteError(.invalidInput, "The PostgreSQL URL '\(redacted(location))' names no host.")
        }
        guard let user = url.user, !user.isEmpty else {
            throw EntenteError(.invalidInput, "The PostgreSQL URL '\(redacted(location))' names no user.")
        }
        let database = String(url.path.drop { $0 == "/" })
        let mode = url.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case "require": tls = .require(.makeClientConfiguration())
        default:
            throw EntenteError(
                .invalidInput, "Unknown sslmode '\(mode)' in the PostgreSQL URL; use disable, prefer or require.")
        }
        return PostgresClient.Configuration(
            host: host, port: url.port ?? 5432, username: user, password: url.password,
            database: database.isEmpty ? user : database, tls: tls)
    }

    /// The URL without its password, for messages and reports.
    public static func redacted(_ location: String) -> String {
        guard var url = URLComponents(string: location), url.password != nil else { return location }
        url.password = "***"
        return url.string ?? location
    }
}
