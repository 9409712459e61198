public import ArgumentParser
public import EntenteStore

/// `--kind activities|memberships|organisations|treaty_status`.
extension ImportKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
