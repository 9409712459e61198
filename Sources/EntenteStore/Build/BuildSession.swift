import EntenteCore
import EntenteData
import GRDB

/// One build of the store inside an open transaction; ``StoreBuilder`` drives it.
struct BuildSession {
    let db: Database
    private(set) var counts: [(table: String, rows: Int)] = []
    private var tables: [String: CSVTable] = [:]
    private let pipeline: ParsePipeline

    init(db: Database) {
        self.db = db
        pipeline = ParsePipeline(streamed: MirrorTable.all.map(\.file), whole: BuildSession.derivedFiles)
    }

    /// Files the derivations read whole, in about the order they are read, parsed after the mirrored
    /// ones are streamed. The mirrored files among them are small and are parsed a second time
    /// rather than kept from the stream, so the large files never stay in memory.
    private static let derivedFiles = [
        "datasets/country_codes/cow_gw_iso_crosswalk_derived.csv", "datasets/country_codes/iso3166_1_pycountry.csv",
        "datasets/gw_states/cow_gw_state_year_crosswalk.csv", "curated/state_aliases.csv",
        "datasets/un_votes/un_votes_countries.csv", "curated/organisations.csv", "curated/memberships.csv",
        "curated/organisation_merges.csv", "datasets/cow_igo_v3/igo_list.csv",
        "datasets/cow_igo_v3/igo_membership_spells.csv", "datasets/informal_igos/iigo2_organizations.csv",
        "datasets/informal_igos/iigo2_memberships.csv", "curated/organisation_aliases.csv",
        "curated/obligation_suspensions.csv", "curated/treaty_status.csv", "datasets/mme_v7/mme_v7_exercises_wide.csv",
        "datasets/mme_v7/mme_v7_participant_year_long.csv", "curated/activities.csv",
        "curated/pko_contributions.csv",
    ]

    /// Stops the background parser; a build that failed half-way must not leave it waiting.
    func finish() {
        pipeline.cancel()
    }

    mutating func run() throws(EntenteError) {
        pipeline.start()
        try writeSources()
        for mirror in MirrorTable.all { try load(mirror) }
        let states = try deriveStates()
        let directory = StateDirectory(states: states.list, aliases: states.aliases, preferred: states.preferred)
        try writeStates(states)
        try deriveStateSystem()
        try deriveMajorPowers()
        try deriveUNCountryCodes(directory)
        let curated = CuratedReader(
            directory: directory, sourceID: DatasetCatalog.curatedID, otherParties: try nonStateParties(directory))
        let curatedOrganisations = try curated.organisations(try table("curated/organisations.csv"))
        let founded = Dictionary(
            curatedOrganisations.compactMap { org in org.founded.map { (org.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        let curatedMemberships = try curated.memberships(try table("curated/memberships.csv"), founded: founded)
        let merges = try curated.organisationMerges(try table("curated/organisation_merges.csv"))
        try deriveMemberships(
            curatedOrganisations: curatedOrganisations, curatedMemberships: curatedMemberships, merges: merges)
        try writeOrganisationAliases(try curated.organisationAliases(try table("curated/organisation_aliases.csv")))
        try writeSuspensions(try curated.suspensions(try table("curated/obligation_suspensions.csv")))
        let treaties = try curated.treatyStatuses(try table("curated/treaty_status.csv"))
        try StoreWriter(db: db).insert(treaties)
        counts.append(("treaty_status", treaties.count))
        var mme = MMEReader(session: self, directory: directory)
        var activities = try mme.activities()
        activities += try curated.activities(try table("curated/activities.csv"))
        try StoreWriter(db: db).insert(activities)
        counts.append(("activity", activities.count))
        let peacekeeping = try curated.peacekeepingContributions(try table("curated/pko_contributions.csv"))
        try StoreWriter(db: db).insert(peacekeeping)
        counts.append(("peacekeeping_contribution", peacekeeping.count))
        try execute("INSERT INTO store_meta(key, value) VALUES ('data_version', '\(StoreSchema.dataVersion)')")
    }

    private mutating func writeSources() throws(EntenteError) {
        let insert = try BulkInsert(
            db, table: "source", columns: ["id", "name", "version", "coverage", "terms", "citation", "files"])
        for source in DatasetCatalog.sources {
            insert.bind(1, text: source.id)
            insert.bind(2, text: source.name)
            insert.bind(3, text: source.version)
            insert.bind(4, text: source.coverage)
            insert.bind(5, text: source.terms)
            insert.bind(6, text: source.citation)
            insert.bind(7, text: source.files.joined(separator: ";"))
            try insert.step()
        }
        counts.append(("source", DatasetCatalog.sources.count))
    }

    private mutating func writeSuspensions(_ rows: [CuratedReader.Suspension]) throws(EntenteError) {
        let insert = try BulkInsert(
            db, table: "obligation_suspension",
            columns: [
                "organisation", "ccode", "towards", "start_day", "end_day", "source", "source_url", "accessed",
                "confidence", "note",
            ])
        for row in rows {
            insert.bind(1, text: row.organisation)
            insert.bind(2, int: row.state.rawValue)
            insert.bind(3, int: row.towards.rawValue)
            insert.bind(4, text: row.period.start.iso)
            insert.bind(5, row.period.end?.iso)
            insert.bind(6, text: DatasetCatalog.curatedID)
            insert.bind(7, row.sourceURL)
            insert.bind(8, row.accessed?.iso)
            insert.bind(9, text: row.confidence.rawValue)
            insert.bind(10, row.note)
            try insert.step()
        }
        counts.append(("obligation_suspension", rows.count))
    }

    // MARK: - Mirrors

    mutating func table(_ path: String) throws(EntenteError) -> CSVTable {
        if let cached = tables[path] { return cached }
        let parsed: CSVTable
        if let pipelined = try pipeline.table(path) { parsed = pipelined } else { parsed = try BundledData.table(path) }
        tables[path] = parsed
        return parsed
    }

    /// Loads one mirrored file as its rows stream in, checking each row's shape and declared types.
    private mutating func load(_ mirror: MirrorTable) throws(EntenteError) {
        let header = try pipeline.openStream(mirror.file)
        try execute(mirror.createStatement(header: header))
        let columns = header.map(MirrorTable.columnName)
        let insert = try BulkInsert(db, table: mirror.table, columns: columns)
        let types = header.map { mirror.type(of: $0) }
        var count = 0
        while let chunk = try pipeline.nextRows() {
            for row in chunk {
                let fields = row.fields
                guard fields.count == header.count else {
                    throw EntenteError.inFile(
                        mirror.file, line: row.line,
                        "expected \(header.count) fields as in the header, found \(fields.count).")
                }
                for column in fields.indices {
                    let position = Int32(column + 1)
                    let text = fields[column]
                    if text.isEmpty {
                        insert.bindNull(position)
                        continue
                    }
                    switch types[column] {
                    case .integer:
                        if let value = Int(text) {
                            insert.bind(position, int: value)
                        } else {
                            insert.bind(position, int: try Self.record(row, mirror.file, header).int(column))
                        }
                    case .real:
                        guard let value = Double(text) else {
                            throw Self.record(row, mirror.file, header).failure(
                                column, "expected a number, found '\(text)'")
                        }
                        insert.bind(position, real: value)
                    case .text:
                        insert.bind(position, text: text)
                    case .date:
                        _ = try Self.record(row, mirror.file, header).day(column)
                        insert.bind(position, text: text)
                    }
                }
                try insert.step()
            }
            count += chunk.count
        }
        for statement in mirror.indexStatements() { try execute(statement) }
        counts.append((mirror.table, count))
    }

    /// A streamed row as a record, for the typed accessors and their errors naming file, line and column.
    private static func record(_ row: CSVRowReader.Row, _ file: String, _ header: [String]) -> CSVRecord {
        CSVTable(fileName: file, header: header, rows: [row.fields], lineNumbers: [row.line], isJSON: false).record(0)
    }

    // MARK: - States

    struct States {
        var list: [StateInfo]
        var aliases: [CowCode: [String]]
        /// Curated names that mean one state today ("Korea" → the Republic of Korea).
        var preferred: [String: CowCode]
    }

    private mutating func deriveStates() throws(EntenteError) -> States {
        let crosswalk = try table("datasets/country_codes/cow_gw_iso_crosswalk_derived.csv")
        let c = try crosswalk.requireColumns([
            "ccode", "stateabb", "statenme", "cow_last_year", "gwcode", "iso3", "iso2",
        ])
        var rows: [(info: StateInfo, lastYear: Int)] = []
        for index in crosswalk.rows.indices {
            let record = crosswalk.record(index)
            let gw = record.text(c[4]).split(separator: ";").compactMap { Int($0.trimmingPrefix(" ")) }
            rows.append(
                (
                    StateInfo(
                        cow: CowCode(try record.int(c[0])), cowAbbreviation: try record.requiredText(c[1]),
                        name: try record.requiredText(c[2]), iso3: record.optionalText(c[5]),
                        iso2: record.optionalText(c[6]),
                        gleditschWard: gw), try record.int(c[3])
                ))
        }
        // Where COW splits one ISO country into several states (the two Germanys, Yemens, Vietnams,
        // Czechoslovakia and Czechia), only the latest keeps the ISO code, so `DEU` means Germany.
        var keeper: [String: (lastYear: Int, cow: CowCode)] = [:]
        for row in rows {
            guard let iso = row.info.iso3 else { continue }
            if let current = keeper[iso], current.lastYear >= row.lastYear { continue }
            keeper[iso] = (row.lastYear, row.info.cow)
        }
        var list: [StateInfo] = rows.map { row in
            var info = row.info
            if let iso = info.iso3, keeper[iso]?.cow != info.cow {
                info.iso3 = nil
                info.iso2 = nil
            }
            return info
        }
        list.sort { $0.cow < $1.cow }
        let (aliases, preferred) = try collectAliases(list)
        return States(list: list, aliases: aliases, preferred: preferred)
    }

    private mutating func collectAliases(_ states: [StateInfo]) throws(EntenteError) -> (
        [CowCode: [String]], [String: CowCode]
    ) {
        var aliases: [CowCode: [String]] = [:]
        var byISO3: [String: CowCode] = [:]
        var byGW: [Int: CowCode] = [:]
        for state in states {
            if let iso = state.iso3 { byISO3[iso] = state.cow }
        }
        let iso = try table("datasets/country_codes/iso3166_1_pycountry.csv")
        let i = try iso.requireColumns(["alpha_3", "name", "official_name", "common_name"])
        for index in iso.rows.indices {
            let record = iso.record(index)
            guard let cow = byISO3[record.text(i[0])] else { continue }
            for column in i.dropFirst() {
                if let name = record.optionalText(column) { aliases[cow, default: []].append(name) }
            }
        }
        // Gleditsch–Ward names, for states alive today (the panel maps GW numbers to COW by year).
        let panel = try table("datasets/gw_states/cow_gw_state_year_crosswalk.csv")
        let p = try panel.requireColumns(["year", "gwcode", "ccode", "gw_name"])
        for index in panel.rows.indices {
            let record = panel.record(index)
            guard let ccode = try record.optionalInt(p[2]), let gw = try record.optionalInt(p[1]) else { continue }
            byGW[gw] = CowCode(ccode)
            if let name = record.optionalText(p[3]) {
                let cow = CowCode(ccode)
                if !(aliases[cow]?.contains(name) ?? false) { aliases[cow, default: []].append(name) }
            }
        }
        let curated = try table("curated/state_aliases.csv")
        let a = try curated.requireColumns(["alias", "ccode"])
        let preferredColumn = curated.column("preferred")
        var preferred: [String: CowCode] = [:]
        for index in curated.rows.indices {
            let record = curated.record(index)
            let cow = CowCode(try record.int(a[1]))
            let alias = try record.requiredText(a[0])
            aliases[cow, default: []].append(alias)
            if let preferredColumn, try record.optionalFlag(preferredColumn) == true { preferred[alias] = cow }
        }
        return (aliases, preferred)
    }

    private mutating func writeStates(_ states: States) throws(EntenteError) {
        let insert = try BulkInsert(db, table: "state", columns: ["ccode", "abb", "name", "iso3", "iso2", "gwcodes"])
        for state in states.list {
            insert.bind(1, int: state.cow.rawValue)
            insert.bind(2, text: state.cowAbbreviation)
            insert.bind(3, text: state.name)
            insert.bind(4, state.iso3)
            insert.bind(5, state.iso2)
            insert.bind(6, text: state.gleditschWard.map(String.init).joined(separator: ";"))
            try insert.step()
        }
        let alias = try BulkInsert(db, table: "state_alias", columns: ["ccode", "alias", "preferred"])
        var aliasCount = 0
        for state in states.list {
            for name in states.aliases[state.cow] ?? [] {
                alias.bind(1, int: state.cow.rawValue)
                alias.bind(2, text: name)
                alias.bind(3, int: states.preferred[name] == state.cow ? 1 : 0)
                try alias.step()
                aliasCount += 1
            }
        }
        counts.append(("state", states.list.count))
        counts.append(("state_alias", aliasCount))
    }

    /// COW marks "still in the system" with the data's last observed day (the catalogue's
    /// `observedUntil`): that becomes an open end observed until then.
    private mutating func deriveStateSystem() throws(EntenteError) {
        try deriveSpells(
            into: "state_system", from: "cow_state_spell", observed: DatasetCatalog.span("cow-states-2024"))
    }

    /// COW's major-power list closes open spells the same way, on its own last observed day.
    private mutating func deriveMajorPowers() throws(EntenteError) {
        try deriveSpells(into: "major_power", from: "cow_major_power", observed: DatasetCatalog.span("cow-majors-2016"))
    }

    private mutating func deriveSpells(into table: String, from mirror: String, observed span: DatasetCoverage)
        throws(EntenteError)
    {
        let observed = span.observedUntil.iso
        let end = "printf('%04d-%02d-%02d', endyear, endmonth, endday)"
        do {
            try db.execute(
                sql: """
                    INSERT INTO \(table) (ccode, start_day, end_day, observed_until)
                    SELECT ccode, printf('%04d-%02d-%02d', styear, stmonth, stday),
                           CASE WHEN \(end) = ? THEN NULL ELSE \(end) END, ?
                    FROM \(mirror)
                    """, arguments: [observed, observed])
        } catch {
            throw EntenteError(.storage, "Deriving table '\(table)' during the store build failed.", underlying: error)
        }
        counts.append((table, db.changesCount))
    }

    /// The vote file uses ISO alpha-2 codes plus placeholders for states ISO no longer lists
    /// (SOURCES.md, un_votes): these map to their COW numbers.
    private static let unPlaceholderCodes: [String: Int] = [
        "X-FRG": 260, "X-YAR": 678, "X-ZAN": 511, "DD": 265, "YD": 680, "CS": 315, "YU": 345,
    ]

    private mutating func deriveUNCountryCodes(_ directory: StateDirectory) throws(EntenteError) {
        let countries = try table("datasets/un_votes/un_votes_countries.csv")
        let c = try countries.requireColumns(["country_code", "country"])
        let insert = try BulkInsert(db, table: "un_country_code", columns: ["country_code", "ccode"])
        var byISO2: [String: Int] = [:]
        for state in directory.states { if let iso2 = state.iso2 { byISO2[iso2] = state.cow.rawValue } }
        for index in countries.rows.indices {
            let record = countries.record(index)
            let code = try record.requiredText(c[0])
            var ccode = Self.unPlaceholderCodes[code] ?? byISO2[code]
            if ccode == nil { ccode = try? directory.resolve(try record.requiredText(c[1])).cow.rawValue }
            guard let ccode else {
                throw record.failure(c[0], "no COW state matches the UN vote country code '\(code)'")
            }
            insert.bind(1, text: code)
            insert.bind(2, int: ccode)
            try insert.step()
        }
        counts.append(("un_country_code", countries.rows.count))
    }

    /// ISO alpha-3 codes that name no COW state (the Holy See, Palestine, territories), plus the EU;
    /// their names go to `other_party`, so rosters can name them.
    private mutating func nonStateParties(_ directory: StateDirectory) throws(EntenteError) -> Set<String> {
        let iso = try table("datasets/country_codes/iso3166_1_pycountry.csv")
        let columns = try iso.requireColumns(["alpha_3", "name"])
        let known = Set(directory.states.compactMap(\.iso3))
        var names: [String: String] = ["EU": "European Union"]
        for index in iso.rows.indices where !known.contains(iso.rows[index][columns[0]]) {
            names[iso.rows[index][columns[0]]] = iso.rows[index][columns[1]]
        }
        let insert = try BulkInsert(db, table: "other_party", columns: ["code", "name"])
        for (code, name) in names.sorted(by: { $0.key < $1.key }) {
            insert.bind(1, text: code)
            insert.bind(2, text: name)
            try insert.step()
        }
        counts.append(("other_party", names.count))
        return Set(names.keys)
    }

    // MARK: - Memberships

    private mutating func writeOrganisationAliases(_ aliases: [OrganisationAlias]) throws(EntenteError) {
        let insert = try BulkInsert(
            db, table: "organisation_alias", columns: ["alias", "match_key", "organisation", "language", "note"])
        for alias in aliases {
            insert.bind(1, text: alias.alias)
            insert.bind(2, text: OrganisationAlias.matchKey(alias.alias))
            insert.bind(3, text: alias.organisation)
            insert.bind(4, alias.language)
            insert.bind(5, alias.note)
            try insert.step()
        }
        counts.append(("organisation_alias", aliases.count))
    }

    /// One id per body. A dataset id listed in `organisation_merges.csv` joins its curated id
    /// (COW IGO `LOAS` → `LAS`, informal-IGO `QSD` → `QUAD`), and a dataset id equal to a curated
    /// id is the same body. Where the curated file covers an organisation it wins: dataset spells
    /// are kept only for the years before the curated record begins (its earliest spell), ending the
    /// day before it, so the OAU's, the CSCE's and the Shanghai Five's rows stay visible. A dataset
    /// spell starting in the curated record's first year is dropped: its yearly start (1 January)
    /// would claim membership before the body existed.
    private static func clip(_ spell: MembershipSpell, before curatedStart: Day?) -> MembershipSpell? {
        guard let curatedStart else { return spell }
        guard spell.period.start.year < curatedStart.year else { return nil }
        let dayBefore = Day(ordinal: curatedStart.ordinal - 1)
        var clipped = spell
        if clipped.period.end.map({ $0 >= curatedStart }) ?? true {
            clipped.period = DayInterval(start: spell.period.start, end: dayBefore)
        }
        return clipped
    }

    private mutating func deriveMemberships(
        curatedOrganisations: [Organisation], curatedMemberships: [MembershipSpell], merges: [CuratedReader.Merge]
    ) throws(EntenteError) {
        let writer = StoreWriter(db: db)
        let curatedKeys = Set(curatedMemberships.map(\.organisation))
        var curatedStart: [String: Day] = [:]
        for spell in curatedMemberships {
            curatedStart[spell.organisation] = min(
                curatedStart[spell.organisation] ?? spell.period.start, spell.period.start)
        }
        var mergedInto: [String: [String: String]] = [:]
        for merge in merges { mergedInto[merge.source, default: [:]][merge.datasetID] = merge.organisation }
        let cowMerged = mergedInto["cow-igo-3"] ?? [:]
        let iigoMerged = mergedInto["iigo-2"] ?? [:]
        var organisations: [String: Organisation] = [:]
        var spells: [MembershipSpell] = []

        // COW IGO v3: yearly observations (five-yearly before 1965) to the catalogue's last year; a
        // spell reaching that year is open, carried forward after it.
        let igoSpan = DatasetCatalog.span("cow-igo-3")
        let igoObserved = igoSpan.observedUntil
        let igoList = try table("datasets/cow_igo_v3/igo_list.csv")
        let l = try igoList.requireColumns(["ioname", "longorgname", "sdate"])
        for index in igoList.rows.indices {
            let record = igoList.record(index)
            let raw = Organisation.key(try record.requiredText(l[0]))
            // A merged id names no organisation of its own: its spells join the curated body.
            if cowMerged[raw] != nil { continue }
            let key = raw
            organisations[key] = Organisation(
                id: key, name: try record.requiredText(l[1]), kind: .organisation,
                founded: try record.optionalInt(l[2]).map(Day.startOfYear), source: "cow-igo-3",
                observedUntil: igoObserved)
        }
        let igo = try table("datasets/cow_igo_v3/igo_membership_spells.csv")
        let g = try igo.requireColumns(["ioname", "ccode", "status", "first_year", "last_year"])
        let statuses: [Int: MembershipSpell.Status] = [1: .member, 2: .associate, 3: .observer]
        for index in igo.rows.indices {
            let record = igo.record(index)
            let raw = Organisation.key(try record.requiredText(g[0]))
            let key = cowMerged[raw] ?? raw
            guard let status = statuses[try record.int(g[2])] else {
                throw record.failure(g[2], "expected a COW IGO status 1, 2 or 3")
            }
            let last = try record.int(g[4])
            let spell = MembershipSpell(
                organisation: key, state: CowCode(try record.int(g[1])), status: status,
                period: DayInterval(
                    start: .startOfYear(try record.int(g[3])),
                    end: last >= igoSpan.lastYear ? nil : .endOfYear(last)),
                observedUntil: igoObserved, source: "cow-igo-3", confidence: .high, datePrecision: .year)
            if curatedKeys.contains(key) {
                if let kept = Self.clip(spell, before: curatedStart[key]) { spells.append(kept) }
            } else {
                spells.append(spell)
            }
        }

        // Informal IGOs 2.0. Two errors documented in SOURCES.md are corrected here:
        // the Quad member coded AUH is Australia, and ADMM-Plus began in 2010.
        let iigoObserved = DatasetCatalog.span("iigo-2").observedUntil
        let iigoOrgs = try table("datasets/informal_igos/iigo2_organizations.csv")
        let o = try iigoOrgs.requireColumns(["igoID", "Title", "Begin"])
        var iigoKeys: [String: String] = [:]
        var iigoBegin: [String: Int] = [:]
        for index in iigoOrgs.rows.indices {
            let record = iigoOrgs.record(index)
            // One organisation (the Quint) has no id in the source; its title serves.
            let raw: String
            if let id = record.optionalText(o[0]) { raw = id } else { raw = try record.requiredText(o[1]) }
            var key = Organisation.key(raw)
            if raw == "ADM-Plus" { key = "ADMM-PLUS" }
            if let merged = iigoMerged[key] {
                key = merged
            } else if organisations[key] != nil && !curatedKeys.contains(key) {
                key = "IIGO-" + key
            }
            iigoKeys[raw] = key
            iigoBegin[raw] = try record.optionalInt(o[2]) ?? (raw == "ADM-Plus" ? 2010 : nil)
            // A body the curated files cover keeps its curated name and founding (set below).
            if curatedKeys.contains(key) { continue }
            organisations[key] = Organisation(
                id: key, name: try record.requiredText(o[1]), kind: .informal,
                founded: iigoBegin[raw].map(Day.startOfYear), source: "iigo-2", observedUntil: iigoObserved)
        }
        let iigo = try table("datasets/informal_igos/iigo2_memberships.csv")
        let m = try iigo.requireColumns(["igoID", "stateID", "Begin", "End"])
        let directoryByISO = Dictionary(
            try deriveStatesISOIndex().map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        for index in iigo.rows.indices {
            let record = iigo.record(index)
            let raw: String
            if let id = record.optionalText(m[0]) {
                raw = id
            } else {
                raw = try record.requiredText(iigo.column("Title") ?? m[0])
            }
            guard let key = iigoKeys[raw] else { continue }
            // A few rows name no state code; they cannot be placed and are left out.
            guard var code = record.optionalText(m[1]) else { continue }
            if raw == "QSD" && code == "AUH" { code = "AUS" }
            guard let cow = directoryByISO[code] ?? Self.iigoCOWCodes[code] else { continue }
            guard let begin = try record.optionalInt(m[2]) ?? iigoBegin[raw] else { continue }
            let end = try record.optionalInt(m[3])
            let spell = MembershipSpell(
                organisation: key, state: cow, status: .member,
                period: DayInterval(start: .startOfYear(begin), end: end.map(Day.endOfYear)),
                observedUntil: iigoObserved, source: "iigo-2", confidence: .medium, datePrecision: .year)
            if curatedKeys.contains(key) {
                if let kept = Self.clip(spell, before: curatedStart[key]) { spells.append(kept) }
            } else {
                spells.append(spell)
            }
        }

        // Curated rosters are observed to the curated record's last day: open spells are carried
        // forward (and flagged) only after it, like every dataset's.
        let curatedObserved = DatasetCatalog.span(DatasetCatalog.curatedID).observedUntil
        for var organisation in curatedOrganisations {
            if curatedKeys.contains(organisation.id) { organisation.observedUntil = curatedObserved }
            organisations[organisation.id] = organisation
        }
        spells += curatedMemberships.map { spell in
            var spell = spell
            spell.observedUntil = curatedObserved
            return spell
        }
        for key in curatedKeys where organisations[key] == nil {
            organisations[key] = Organisation(
                id: key, name: key, kind: .organisation, founded: nil, source: DatasetCatalog.curatedID,
                observedUntil: nil)
        }
        try writer.insert(organisations.values.sorted { $0.id < $1.id })
        try writer.insert(spells)
        counts.append(("organisation", organisations.count))
        counts.append(("membership", spells.count))
    }

    /// COW-style three-letter codes the informal-IGO file uses for states ISO does not list.
    private static let iigoCOWCodes: [String: CowCode] = [
        "GFR": CowCode(260), "GDR": CowCode(265), "USR": CowCode(365), "YUG": CowCode(345), "CZE": CowCode(316),
    ]

    private func deriveStatesISOIndex() throws(EntenteError) -> [String: CowCode] {
        var result: [String: CowCode] = [:]
        do {
            for row in try Row.fetchAll(db, sql: "SELECT ccode, iso3 FROM state WHERE iso3 IS NOT NULL") {
                result[row["iso3"]] = CowCode(row["ccode"] as Int)
            }
        } catch {
            throw EntenteError(.storage, "Reading states during the build failed.", underlying: error)
        }
        return result
    }

    func execute(_ sql: String) throws(EntenteError) {
        do {
            try db.execute(sql: sql)
        } catch {
            throw EntenteError(.storage, "A statement of the store build failed.", underlying: error)
        }
    }
}
