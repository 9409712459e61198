public import ArgumentParser
public import EntenteCore
import EntenteServices

/// `--store PATH`: which store file to use (else `$ENTENTE_STORE`, else the XDG data folder).
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long, help: "Path of the store file (default: $ENTENTE_STORE or ~/.local/share/entente/entente.sqlite).")
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
