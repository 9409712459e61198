import EntenteCore
import EntenteData

/// The NATO / Warsaw Pact / other partition of the states in the system, year by year, from the
/// curated `validation/cold_war_alignments.csv` (sources in each row).
struct ColdWarReference: Sendable {
    enum Side: Int, Sendable {
        case nato = 0
        case warsaw = 1
        case other = 2
    }

    struct Spell: Sendable {
        var cow: Int
        var side: Side
        var from: Int
        var to: Int?
    }

    static let file = "validation/cold_war_alignments.csv"
    /// The years the reference answers for: the Cold War as the issue frames it.
    static let years = 1950...1990

    let spells: [Spell]

    /// Reads the bundled file.
    ///
    /// - Throws: ``EntenteError`` naming the file, line and column of a malformed row.
    init() throws(EntenteError) {
        let table = try BundledData.table(Self.file)
        func column(_ name: String) throws(EntenteError) -> Int {
            guard let k = table.column(name) else {
                throw EntenteError(.invalidInput, "\(Self.file): the column '\(name)' is missing.")
            }
            return k
        }
        let (cow, bloc, from, to) = (
            try column("cow"), try column("bloc"), try column("from_year"), try column("to_year")
        )
        var spells: [Spell] = []
        for (k, row) in table.rows.enumerated() {
            let line = table.lineNumbers[k]
            guard let code = Int(row[cow]), let start = Int(row[from]) else {
                throw EntenteError(.invalidInput, "\(Self.file):\(line): cow and from_year must be whole numbers.")
            }
            let side: Side
            switch row[bloc] {
            case "nato": side = .nato
            case "warsaw": side = .warsaw
            default:
                throw EntenteError(
                    .invalidInput, "\(Self.file):\(line): column 'bloc': expected nato or warsaw, found '\(row[bloc])'."
                )
            }
            let end = row[to].isEmpty ? nil : Int(row[to])
            if !row[to].isEmpty, end == nil {
                throw EntenteError(.invalidInput, "\(Self.file):\(line): column 'to_year' must be a year or empty.")
            }
            spells.append(Spell(cow: code, side: side, from: start, to: end))
        }
        self.spells = spells
    }

    /// The side of every state of a World (by dense id) in the World's year.
    func sides(_ world: World) -> [Side] {
        let year = world.asOf.year
        var sides = [Side](repeating: .other, count: world.stateCount)
        for spell in spells where spell.from <= year && (spell.to ?? Int.max) >= year {
            if let id = world.id(of: CowCode(spell.cow)) { sides[Int(id)] = spell.side }
        }
        return sides
    }
}
