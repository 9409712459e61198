import EntenteCore
import EntenteNetwork

/// The two blocs that hedging and bloc balance are measured against, as state identifiers (ISO3, COW
/// code or abbreviation, or name).
public struct NetworkBlocParameters: Sendable, Hashable {
    /// Bloc A, "US-led".
    public var blocA: [String]
    /// Bloc B, "China/Russia-led".
    public var blocB: [String]

    /// The default blocs: USA against China and Russia.
    public static let standard = NetworkBlocParameters(blocA: ["USA"], blocB: ["CHN", "RUS"])

    public init(blocA: [String], blocB: [String]) {
        self.blocA = blocA
        self.blocB = blocB
    }

    /// The blocs as node sets of a year's layers; states not in the system that year are left out.
    ///
    /// - Throws: ``EntenteError`` when a state is unknown, a bloc has no state in the system, or the
    ///   blocs share a state.
    func blocs(_ directory: StateDirectory, _ world: World) throws(EntenteError) -> (a: Bloc, b: Bloc) {
        func make(_ name: String, _ bloc: String, _ states: [String]) throws(EntenteError) -> Bloc {
            var members = Set<Int>()
            for item in states {
                let state = try directory.resolve(item)
                if let id = world.id(of: state.cow) { members.insert(Int(id)) }
            }
            guard !members.isEmpty else {
                throw EntenteError(
                    .invalidInput,
                    "\(bloc): none of '\(states.joined(separator: ","))' is a state in the system in \(world.asOf.year)."
                )
            }
            return Bloc(name: name, members: members)
        }
        let a = try make("US-led", "Bloc A", blocA)
        let b = try make("China/Russia-led", "Bloc B", blocB)
        guard a.members.isDisjoint(with: b.members) else {
            throw EntenteError(.invalidInput, "Bloc A and bloc B share a state; a state can be in one bloc only.")
        }
        return (a, b)
    }
}
