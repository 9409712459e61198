public import ArgumentParser
public import EntenteCore
import EntenteServices

/// `--store PATH|URL`: which store to use — a SQLite file, or a PostgreSQL database by
/// `postgres://` URL (else `$ENTENTE_STORE`, else the SQLite file in the XDG data folder).
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "Path of the store file, or a postgres://user@host:port/database URL (default: $ENTENTE_STORE or ~/.local/share/entente/entente.sqlite)."
    )
    var store: String?

    /// The application layer over the chosen store, building it from the bundled data on first use.
    func services(rebuild: Bool = false) throws -> Services {
        try Services.open(store: store, rebuild: rebuild) { path in
            Diagnostics.note("Building the knowledge base at \(path) from the bundled data (a few seconds, once)…")
        }
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}
