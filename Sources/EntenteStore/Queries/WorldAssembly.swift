import EntenteCore
import EntenteData

/// The ``World`` snapshot put together from its layers' rows, shared by every backend: each backend
/// selects the rows (the columns in the order each `add…` documents) and hands them over one by one,
/// so a layer of a hundred thousand rows is never held twice.
struct WorldAssembly {
    let day: Day
    let states: [StateInfo]
    /// Position in ``states`` by COW number; rows about states outside the system on the day are skipped.
    private var idOf: [Int: Int32] = [:]
    private var capabilities: [Capability?]
    private var major: [Bool]
    private var polyarchy: [Double?]
    private var members: [String: [Int32]] = [:]
    private var carried = Set<String>()
    private var currentOrganisation = ""
    private var currentIDs: [Int32] = []
    private var alliances: [World.AllianceEdge] = []
    private var contiguity: [World.Pair] = []
    private var disputes: [World.Pair] = []
    private var rivalries: [World.Pair] = []

    /// - Parameter codes: the COW numbers of the states in the system on `day`, ascending.
    init(day: Day, codes: [Int], directory: StateDirectory) {
        self.day = day
        states = codes.compactMap { directory.state(CowCode($0)) }
        for (index, state) in states.enumerated() { idOf[state.cow.rawValue] = Int32(index) }
        capabilities = [Capability?](repeating: nil, count: states.count)
        major = [Bool](repeating: false, count: states.count)
        polyarchy = [Double?](repeating: nil, count: states.count)
    }

    private func id(_ ccode: Int?) -> Int32? { ccode.flatMap { idOf[$0] } }

    /// An `nmc` row of the year, by name (`ccode`, `milex`, `milper`, `irst`, `pec`, `tpop`, `upop`, `cinc`).
    mutating func addCapability(_ row: some RecordRow) {
        guard let id = id(row.int("ccode")) else { return }
        capabilities[Int(id)] = Capability(
            state: states[Int(id)].cow, year: day.year, militaryExpenditure: row.double("milex"),
            militaryPersonnel: row.double("milper"), ironSteel: row.double("irst"), energy: row.double("pec"),
            population: row.double("tpop"), urbanPopulation: row.double("upop"), cinc: row.double("cinc"))
    }

    /// A major power on the day: `ccode`.
    mutating func addMajorPower(_ row: some RecordRow) {
        if let id = id(row.int(at: 0)) { major[Int(id)] = true }
    }

    /// A democracy row of the year: `ccode`, `v2x_polyarchy`.
    mutating func addPolyarchy(_ row: some RecordRow) {
        if let id = id(row.int(at: 0)) { polyarchy[Int(id)] = row.double(at: 1) }
    }

    /// A member or partner spell in force on the day, ordered by organisation then COW number:
    /// `organisation`, `ccode`, whether the spell is carried past its source's last observation.
    mutating func addMembership(_ row: some RecordRow) {
        guard let id = id(row.int(at: 1)) else { return }
        let organisation = row.text(at: 0) ?? ""
        if organisation != currentOrganisation {
            if !currentIDs.isEmpty { members[currentOrganisation] = currentIDs }
            currentOrganisation = organisation
            currentIDs = members[organisation] ?? []
        }
        if currentIDs.last != id { currentIDs.append(id) }
        if row.flag(at: 2) { carried.insert(organisation) }
    }

    /// An ATOP directed dyad-year: `ccode1`, `ccode2`, then the defense, offense, neutrality,
    /// non-aggression and consultation flags.
    mutating func addAlliance(_ row: some RecordRow) {
        guard let a = id(row.int(at: 0)), let b = id(row.int(at: 1)) else { return }
        var flags = Obligations()
        for (offset, flag) in AllianceAnswers.flagOrder.enumerated() where row.flag(at: 2 + offset) {
            flags.insert(flag)
        }
        if !flags.isEmpty { alliances.append(World.AllianceEdge(from: a, to: b, obligations: flags)) }
    }

    /// A contiguity spell covering a month of the year: `statelno`, `statehno`, `conttype`.
    mutating func addContiguity(_ row: some RecordRow) {
        guard let a = id(row.int(at: 0)), let b = id(row.int(at: 1)) else { return }
        contiguity.append(World.Pair(a: a, b: b, code: Int32(row.int(at: 2) ?? 0)))
    }

    /// A dispute dyad of the year, each pair once: `ccode1`, `ccode2`, the higher hostility level.
    mutating func addDispute(_ row: some RecordRow) {
        guard let a = id(row.int(at: 0)), let b = id(row.int(at: 1)) else { return }
        disputes.append(World.Pair(a: a, b: b, code: Int32(row.int(at: 2) ?? 0)))
    }

    /// A rivalry in force in the year: `rivalryno`, `ccode1`, `ccode2`.
    mutating func addRivalry(_ row: some RecordRow) {
        guard let a = id(row.int(at: 1)), let b = id(row.int(at: 2)) else { return }
        rivalries.append(World.Pair(a: a, b: b, code: Int32(row.int(at: 0) ?? 0)))
    }

    /// The snapshot, with the activities touching the year (ordered by start day, then id).
    mutating func world(activities: [Activity]) -> World {
        if !currentIDs.isEmpty { members[currentOrganisation] = currentIDs }
        currentIDs = []
        let idOf = self.idOf
        return World(
            asOf: day, states: states, capabilities: capabilities, isMajorPower: major, polyarchy: polyarchy,
            members: members, membershipCarriedForward: carried, alliances: alliances,
            alliancesKnown: AllianceAnswers.atopSpan.contains(year: day.year), activities: activities,
            activityParticipants: activities.map { activity in activity.participants.compactMap { idOf[$0.rawValue] } },
            contiguity: contiguity, disputes: disputes, rivalries: rivalries,
            coverage: DatasetCatalog.knowledgeCoverage)
    }
}
