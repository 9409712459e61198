public import EntenteCore
import EntenteStore

extension Services {
    /// Services over the default SQLite store: `location` if given, else `$ENTENTE_STORE`, else the
    /// XDG data folder; built from the bundled data on first use.
    ///
    /// - Parameters:
    ///   - rebuild: rebuild the reference data even when it is current (user imports are kept).
    ///   - willBuild: called with the path just before a build starts, so a front end can say why
    ///     this run takes seconds.
    public static func open(
        store location: String?, rebuild: Bool = false, willBuild: ((String) -> Void)? = nil
    ) throws(EntenteError) -> Services {
        let path = StoreLocation.resolve(explicit: location)
        let store = try SQLiteStore(path: path, rebuild: rebuild) { willBuild?(path) }
        return Services(store: store)
    }
}
