public import EntenteCore
import EntenteStore

extension Services {
    /// Services over the store `location` names, else `$ENTENTE_STORE`, else the SQLite file in the
    /// XDG data folder; built from the bundled data on first use. A `postgres://` URL opens a
    /// ``PostgresStore``, which connects and builds on its first question.
    ///
    /// - Parameters:
    ///   - rebuild: rebuild the reference data even when it is current (user imports are kept).
    ///   - willBuild: called with the path just before a build starts, so a front end can say why
    ///     this run takes seconds.
    public static func open(
        store location: String?, rebuild: Bool = false, willBuild: (@Sendable (String) -> Void)? = nil
    ) throws(EntenteError) -> Services {
        let path = StoreLocation.resolve(explicit: location)
        if PostgresLocation.isPostgres(path) {
            let shown = PostgresLocation.redacted(path)
            return Services(store: try PostgresStore(url: path, rebuild: rebuild) { willBuild?(shown) })
        }
        let store = try SQLiteStore(path: path, rebuild: rebuild) { willBuild?(path) }
        return Services(store: store)
    }
}
