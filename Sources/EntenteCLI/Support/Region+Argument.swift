public import ArgumentParser
public import EntenteCore

/// `--region asia|europe|americas|africa|middle_east|oceania` (also `middle-east`, `Middle East`).
extension Region: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
