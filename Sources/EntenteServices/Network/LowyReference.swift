import EntenteCore
import EntenteData
import EntenteNetwork

/// The curated Lowy Institute Asia Power Index "defence networks" ranks
/// (`validation/lowy_defence_networks.csv`) and the rule that pairs an edition with the data year
/// whose index it is compared with.
struct LowyReference: Sendable {
    struct Entry: Sendable {
        let edition: Int
        let state: String
        let rank: Int
        let score: Double?
        let url: String
    }

    static let file = "validation/lowy_defence_networks.csv"
    let entries: [Entry]

    init() throws(EntenteError) {
        let file = Self.file
        let table = try BundledData.table(file)
        guard let e = table.column("edition"), let s = table.column("state"), let r = table.column("rank"),
            let sc = table.column("score"), let u = table.column("url")
        else {
            throw EntenteError(
                .invalidInput, "\(file): expected the columns edition, state, rank, score, source, url, accessed.")
        }
        var entries: [Entry] = []
        for (k, row) in table.rows.enumerated() {
            guard let edition = Int(row[e]), let rank = Int(row[r]), rank >= 1 else {
                throw EntenteError(
                    .invalidInput, "\(file):\(table.lineNumbers[k]): edition and rank must be whole numbers, rank ≥ 1.")
            }
            let score = row[sc].isEmpty ? nil : Double(row[sc])
            if !row[sc].isEmpty, score == nil {
                throw EntenteError(
                    .invalidInput, "\(file):\(table.lineNumbers[k]): score '\(row[sc])' is not a number.")
            }
            entries.append(.init(edition: edition, state: row[s], rank: rank, score: score, url: row[u]))
        }
        self.entries = entries
    }

    /// The year whose index an edition is compared with: the year before the edition (an edition
    /// reports the previous year's data), carried back to the last year of the alliance data when the
    /// edition's year lies beyond it — alliances are the core of Lowy's measure, and an index without
    /// them would compare a different quantity.
    static func dataYear(edition: Int, allianceLastYear: Int) -> Int {
        min(edition - 1, allianceLastYear)
    }

    /// The entries compared with the index of `year`.
    func entries(forDataYear year: Int, allianceLastYear: Int) -> [Entry] {
        entries.filter { Self.dataYear(edition: $0.edition, allianceLastYear: allianceLastYear) == year }
    }

    /// Spearman's ρ of the published ranks against the computed ones for the entries whose state
    /// has a computed rank, or nil with fewer than 4 such pairs.
    static func correlation(_ entries: [Entry], ranks: [String: Int]) -> (RankCorrelation?, matched: Int) {
        var published: [Double] = []
        var computed: [Double] = []
        for entry in entries {
            guard let mine = ranks[entry.state] else { continue }
            published.append(Double(entry.rank))
            computed.append(Double(mine))
        }
        return (try? RankCorrelation(spearman: published, computed), published.count)
    }

    /// `x` with three decimals, for the notes (Services does not depend on the renderers).
    static func fixed3(_ x: Double) -> String {
        let scaled = Int((abs(x) * 1000).rounded())
        let fraction = String(scaled % 1000)
        let sign = x < 0 && scaled > 0 ? "-" : ""
        return "\(sign)\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
