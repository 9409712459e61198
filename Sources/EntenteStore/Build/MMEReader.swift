import EntenteCore
import EntenteData

/// Turns the MME v7 wide file into activities, one per row (all 3,707, including the three rows that
/// reuse an id, which get a `-2` suffix), with participants resolved to COW states.
///
/// Participant names are resolved first through the long file, whose Gleditsch–Ward codes map to
/// COW by year (so "Germany" in 1985 is West Germany), then through the state directory's names.
/// Participants that are not states (NATO, a territory, an unnamed `-9`) are kept as text.
struct MMEReader {
    var session: BuildSession
    let directory: StateDirectory

    mutating func activities() throws(EntenteError) -> [Activity] {
        let byNameAndYear = try participantCodes()
        let wide = try session.table("datasets/mme_v7/mme_v7_exercises_wide.csv")
        let names = [
            "MMEID", "Ex_Name", "Series_Name", "Location", "lat", "lon", "s.year", "s.month", "s.day",
            "e.year", "e.month", "e.day", "CPX", "Air", "Land", "Sea", "Amphibious", "Cyber", "Warfighting",
            "Peacekeeping", "Humanitarian", "FocusDescription",
        ]
        let c = try wide.requireColumns(names)
        let participantColumns = wide.header.indices.filter { wide.header[$0].hasPrefix("State") }
        var seen: [String: Int] = [:]
        var result: [Activity] = []
        result.reserveCapacity(wide.rows.count)
        for index in wide.rows.indices {
            let record = wide.record(index)
            let rawID = try record.requiredText(c[0])
            seen[rawID, default: 0] += 1
            let id = seen[rawID]! > 1 ? "\(rawID)-\(seen[rawID]!)" : rawID
            let (start, precision) = try day(record, year: c[6], month: c[7], day: c[8], atEnd: false)
            var (end, _) = try day(record, year: c[9], month: c[10], day: c[11], atEnd: true)
            if end < start { end = start }
            var participants: [CowCode] = []
            var others: [String] = []
            for column in participantColumns {
                guard let name = record.optionalText(column) else { continue }
                if let cow = byNameAndYear[Key(name: name, year: start.year)] ?? (try? directory.resolve(name).cow) {
                    if !participants.contains(cow) { participants.append(cow) }
                } else if name != "-9" {
                    others.append(name)
                } else {
                    others.append("unnamed participant")
                }
            }
            var domains: [String] = []
            for (column, domain) in zip(c[12...17], ["cpx", "air", "land", "sea", "amphibious", "cyber"]) {
                if try record.optionalFlag(column) == true { domains.append(domain) }
            }
            let purposes: [(Int, Activity.Purpose)] = [
                (c[18], .warfighting), (c[19], .peacekeeping), (c[20], .humanitarian),
            ]
            var declared: [Activity.Purpose] = []
            for (column, purpose) in purposes where try record.optionalFlag(column) == true { declared.append(purpose) }
            let name = record.optionalText(c[1]).flatMap { $0 == "-9" ? nil : $0 } ?? "Unnamed exercise \(rawID)"
            result.append(
                Activity(
                    id: id, kind: .exercise, name: name,
                    series: record.optionalText(c[2]).flatMap { $0 == "-9" ? nil : $0 },
                    period: DayInterval(start: start, end: end), datePrecision: precision, participants: participants,
                    otherParticipants: others, host: nil, observers: [],
                    location: record.optionalText(c[3]).flatMap { $0 == "-9" ? nil : $0 },
                    latitude: try? record.optionalDouble(c[4]), longitude: try? record.optionalDouble(c[5]),
                    domains: domains, purpose: declared.count == 1 ? declared[0] : (declared.isEmpty ? nil : .mixed),
                    notified: .unknown, source: "mme-7", confidence: .high,
                    note: record.optionalText(c[21]).flatMap { $0 == "-9" ? nil : $0 }))
        }
        return result
    }

    private struct Key: Hashable {
        var name: String
        var year: Int
    }

    private mutating func participantCodes() throws(EntenteError) -> [Key: CowCode] {
        let panel = try session.table("datasets/gw_states/cow_gw_state_year_crosswalk.csv")
        let p = try panel.requireColumns(["year", "gwcode", "ccode"])
        var gwYear: [Int: CowCode] = [:]
        for index in panel.rows.indices {
            let record = panel.record(index)
            guard let gw = try record.optionalInt(p[1]), let cow = try record.optionalInt(p[2]) else { continue }
            gwYear[gw * 10_000 + (try record.int(p[0]))] = CowCode(cow)
        }
        let long = try session.table("datasets/mme_v7/mme_v7_participant_year_long.csv")
        let l = try long.requireColumns(["gwcode", "country", "year"])
        var result: [Key: CowCode] = [:]
        for index in long.rows.indices {
            let record = long.record(index)
            guard let gw = try? record.optionalInt(l[0]), let name = record.optionalText(l[1]) else { continue }
            let year = try record.int(l[2])
            if let cow = gwYear[gw * 10_000 + year] { result[Key(name: name, year: year)] = cow }
        }
        return result
    }

    /// An MME date; `xx` marks an unknown day (or month), which becomes the first (or last) day of
    /// the known period with a coarser precision.
    private func day(_ record: CSVRecord, year: Int, month: Int, day: Int, atEnd: Bool) throws(EntenteError) -> (
        Day, DatePrecision
    ) {
        let y = try record.int(year)
        guard let m = Int(record.text(month)), (1...12).contains(m) else {
            return (atEnd ? Day.endOfYear(y) : Day.startOfYear(y), .year)
        }
        if let d = Int(record.text(day)), let value = Day(year: y, month: m, day: d) { return (value, .day) }
        let last = Day.daysIn(month: m, year: y)
        return (Day(year: y, month: m, day: atEnd ? last : 1)!, .month)
    }
}
