public import EntenteCore

extension PostgresStore {
    /// Not answered on PostgreSQL yet: the same plain `.unsupported` error as the other questions
    /// this store leaves to SQLite, rather than an empty (and so wrong) list.
    public func peacekeepingContributions(of state: CowCode?) async throws(EntenteError)
        -> [PeacekeepingContribution]
    {
        throw EntenteError(
            .unsupported,
            "UN peacekeeping contributions are not yet supported on PostgreSQL; use the SQLite store (a file path for --store) for them."
        )
    }
}
