import EntenteCore
import Synchronization

/// Derives the treaty-area flags of collective defence from `location.lat`/`location.lon` and the
/// attacked Party: NATO Art. 6, ANZUS Art. V, Rio Treaty Art. 3(3).
///
/// Each derived flag carries a note saying what it was derived from and by which rule, and is
/// fixed for `would_change`: a place is not changed by wishing one of its flags different (the
/// lever is the location itself). A flag the situation states is never touched.
enum CollectiveDefenceGeography {
    typealias F = CollectiveDefenceFacts

    /// The day the Algerian Departments clause became inapplicable (Algerian independence).
    static let algeriaEnd = Day.of(1962, 7, 3)

    /// One flag a place derives, with the rule its note states (plain values: a place's flags are
    /// copied and dropped without counting anything).
    struct Derived: Sendable {
        let fact: FactID
        let value: Double
        let rule: StaticString
    }

    struct Key: Hashable {
        let lat: Double
        let lon: Double
        let party: Double
        let algeriaClauseInForce: Bool
    }

    /// What one place derives, whichever facts a situation states: its flags and the place they
    /// were derived from, described when a note is read. Held once per place, read from the cache
    /// with one count.
    final class PlaceFlags: Sendable {
        let key: Key
        let subject: DerivationSubject
        let flags: [Derived]

        init(key: Key, subject: DerivationSubject, flags: [Derived]) {
            self.key = key
            self.subject = subject
            self.flags = flags
        }
    }

    /// Places already derived, so an assessment repeated at the same place (a sweep, a simulation)
    /// costs one look-up. Direct-mapped (a place's slot is its hash): a new place costs one hash and
    /// overwrites whatever shared its slot, where a dictionary hashed it twice and was emptied whole
    /// when full.
    static let cache = Mutex<[PlaceFlags?]>([PlaceFlags?](repeating: nil, count: cacheSlots))
    /// A power of two: a slot is the hash's low bits.
    static let cacheSlots = 4096

    /// The four treaty areas the flags test, found once by name.
    struct NamedAreas: Sendable {
        let northAtlantic = TreatyAreas.shared?["north_atlantic"]
        let mediterranean = TreatyAreas.shared?["mediterranean"]
        let pacific = TreatyAreas.shared?["pacific"]
        let rioRegion = TreatyAreas.shared?["rio_treaty_region"]
    }
    static let areas = NamedAreas()

    static func derive(_ facts: inout FactTable, knowledge: any LawKnowledge, day: Day) throws(EntenteError) {
        guard let lat = facts[number: F.lat], let rawLon = facts[number: F.lon] else { return }
        let key = Key(
            lat: lat, lon: rawLon, party: facts.raw(F.attackedParty), algeriaClauseInForce: day < algeriaEnd)
        let slot = key.hashValue & (cacheSlots - 1)
        var place = cache.withLock { slots in slots[slot].flatMap { $0.key == key ? $0 : nil } }
        if place == nil {
            let computed = try compute(key, facts, lat: lat, rawLon: rawLon, knowledge: knowledge, day: day)
            cache.withLock { $0[slot] = computed }
            place = computed
        }
        guard let place else { return }
        for d in place.flags where !facts.isKnown(d.fact) {
            facts.deriveFixed(d.fact, d.value)
            if !facts.hasNote(d.fact) { facts.setNote(d.fact, .derived(from: place.subject, rule: d.rule)) }
        }
    }

    static func compute(
        _ key: Key, _ facts: FactTable, lat: Double, rawLon: Double, knowledge: any LawKnowledge, day: Day
    ) throws(EntenteError) -> PlaceFlags {
        guard (-90...90).contains(lat) else {
            throw EntenteError(
                .invalidInput, "facts.location.lat: \(Criterion.number(lat)) is not a latitude (−90 to 90).")
        }
        guard (-180...360).contains(rawLon) else {
            throw EntenteError(
                .invalidInput, "facts.location.lon: \(Criterion.number(rawLon)) is not a longitude (−180 to 180).")
        }
        guard let map = WorldMap.shared, TreatyAreas.shared != nil else {
            return PlaceFlags(key: key, subject: DerivationSubject { "" }, flags: [])
        }
        var derived: [Derived] = []
        derived.reserveCapacity(12)
        let lon = rawLon > 180 ? rawLon - 360 : rawLon
        let place = GeoPlace.locate(lon: lon, lat: lat, in: map)
        // Captures the place only: the map is read again when (if ever) a note is written out.
        let here = DerivationSubject { "location.lat/lon: \(WorldMap.shared.map(place.describe) ?? "")" }
        let attacked = facts[state: F.attackedParty]
        // The sovereigns met at this place (one or two) and their COW codes, resolved once each.
        var sovereignCow: [(sovereign: String, code: CowCode?)] = []
        func isAttackedParty(_ feature: WorldMap.Feature) -> Truth {
            guard let attacked else { return .unknown }
            let code: CowCode?
            if let known = sovereignCow.first(where: { $0.sovereign == feature.sovereign }) {
                code = known.code
            } else {
                code = try? knowledge.resolveState(feature.sovereign)
                sovereignCow.append((feature.sovereign, code))
            }
            guard let code else { return .unknown }
            return code == attacked ? .yes : .no
        }
        func set(_ id: FactID, _ value: Truth, _ rule: StaticString) {
            guard value != .unknown else { return }
            derived.append(Derived(fact: id, value: value == .yes ? 1 : 0, rule: rule))
        }
        typealias R = Rules

        set(
            F.inEurope.id,
            place.agreed(map, land: { Continents.inEurope($0, $1, lon: lon, lat: lat) }) {
                place.seaNearCoast(map) { Continents.inEurope($0, $1, lon: lon, lat: lat) }
            },
            R.inEurope)
        set(
            F.inNorthAmerica.id,
            place.agreed(map, land: { Continents.inNorthAmerica($0, $1, lon: lon, lat: lat) }) {
                place.seaNearCoast(map) { Continents.inNorthAmerica($0, $1, lon: lon, lat: lat) }
            },
            R.inNorthAmerica)
        set(
            F.turkeyTerritory.id,
            place.agreed(map, land: { _, f in f.sovereign == "TUR" ? .yes : .no }) {
                place.seaNearCoast(map) { _, f in f.sovereign == "TUR" ? .yes : .no }
            }, R.turkeyTerritory)
        if day >= algeriaEnd {
            set(
                F.algerianDepartments.id, .no, R.algeriaAfterIndependence)
        } else {
            set(
                F.algerianDepartments.id,
                place.agreed(map, land: { _, f in f.code == "DZA" ? (lat >= 35 ? .yes : .unknown) : .no }) {
                    place.seaNearCoast(map) { _, f in f.code == "DZA" ? .yes : .no }
                },
                R.algerianDepartments)
        }
        set(
            F.island.id,
            place.agreed(map, land: { p, f in p.landmass == .island ? isAttackedParty(f) : .no }) { .no },
            R.island)
        if let area = areas.northAtlantic {
            let inside = area.contains(lon: lon, lat: lat)
            set(
                F.northAtlantic.id,
                place.agreed(map, land: { p, _ in p.landmass == .island ? inside : .no }) { inside },
                R.northAtlantic)
        }
        if let area = areas.mediterranean {
            let inside = area.contains(lon: lon, lat: lat)
            set(
                F.mediterranean.id, place.agreed(map, land: { _, _ in .no }) { inside },
                R.mediterranean)
        }
        if let area = areas.pacific {
            let inside = area.contains(lon: lon, lat: lat)
            set(
                F.inPacific.id,
                place.agreed(map, land: { p, _ in p.landmass == .island ? inside : (inside == .no ? .no : .unknown) }) {
                    inside
                },
                R.pacific)
        }
        set(
            F.metropolitanTerritory.id,
            place.agreed(
                map,
                land: { p, f in
                    let party = isAttackedParty(f)
                    guard party == .yes else { return party }
                    guard f.code == f.sovereign else { return .no }
                    if f.code == "USA" { return p.landmass == .americas ? .yes : .unknown }
                    return p.areaKm2 >= f.largestPartKm2 / 10 ? .yes : .unknown
                }
            ) { place.seaNearCoast(map) { _, f in isAttackedParty(f) } },
            R.metropolitanTerritory)
        set(
            F.americanRegion.id, americanRegion(place, map, areas.rioRegion, lon: lon, lat: lat),
            R.americanRegion)
        return PlaceFlags(key: key, subject: here, flags: derived)
    }

    /// Rio Treaty Art. 3(3): Art. 3 applies to an attack within the region of Art. 4 or within the territory
    /// of an American State. Either limb answering yes suffices; both must answer no for no.
    static func americanRegion(
        _ place: GeoPlace, _ map: WorldMap, _ region: TreatyAreas.Area?, lon: Double, lat: Double
    ) -> Truth {
        let americanState: (WorldMap.Part, WorldMap.Feature) -> Truth = { part, feature in
            let home = feature.sovereignContinent
            if home == "North America" || home == "South America" { return .yes }
            // Land in the Americas under a State from elsewhere (Greenland, French Guiana, the Falklands):
            // whether it counts is for the situation to state.
            if feature.continent == "North America" || feature.continent == "South America" { return .unknown }
            return part.landmass == .americas ? .unknown : .no
        }
        let territory = place.agreed(map, land: americanState) { place.seaNearCoast(map, americanState) }
        let inRegion = region?.contains(lon: lon, lat: lat) ?? .unknown
        if territory == .yes || inRegion == .yes { return .yes }
        return territory == .no && inRegion == .no ? .no : .unknown
    }

    /// The rule each derived flag follows, as its note states it: static strings, which a note
    /// holds without counting.
    enum Rules {
        static let inEurope: StaticString = """
            Europe per Natural Earth's continents, split at the Ural line and the Bosporus \
            (Geography/Continents). Natural Earth 1:10m, German point of view.
            """
        static let inNorthAmerica: StaticString = """
            North America per Natural Earth's continents; Hawaii is not North America \
            (Geography/Continents). Natural Earth 1:10m, German point of view.
            """
        static let turkeyTerritory: StaticString = """
            Territory of Türkiye as Natural Earth draws it. Natural Earth 1:10m, German point of view.
            """
        static let algeriaAfterIndependence: StaticString = """
            The Algerian Departments clause of Art. 6 is inapplicable from 3 July 1962 (North Atlantic \
            Council, 16 January 1963).
            """
        static let algerianDepartments: StaticString = """
            Algeria north of 35° N lay in the departments of Algiers, Oran and Constantine; further south \
            the line between the departments and the Southern Territories (Saharan departments from 1957) is \
            not encoded and stays unknown. Natural Earth 1:10m, German point of view.
            """
        static let island: StaticString = """
            An island is land not joined to a continent (Geography/WorldMap landmasses); under the attacked \
            Party's jurisdiction when Natural Earth's sovereign is that Party. Natural Earth 1:10m, German \
            point of view.
            """
        static let northAtlantic: StaticString = """
            The North Atlantic area as drawn in geo/treaty-areas.json (Entente's reading: the treaty does \
            not define it); continental land is not in it.
            """
        static let mediterranean: StaticString = """
            The Mediterranean Sea as drawn in geo/treaty-areas.json (east of the Strait of Gibraltar, IHO); \
            land is not on it.
            """
        static let pacific: StaticString = """
            The Pacific as drawn in geo/treaty-areas.json (Entente's reading: ANZUS does not define it); \
            continental coasts are unknown.
            """
        static let metropolitanTerritory: StaticString = """
            The attacked Party's home territory: its own Natural Earth feature (not a dependency), its main \
            landmasses; for the United States the continental States (Hawaii stays unknown). Natural Earth \
            1:10m, German point of view.
            """
        static let americanRegion: StaticString = """
            Rio Treaty Art. 3(3): within the region of Art. 4 (geo/treaty-areas.json: the article's Pacific \
            boundary; its Atlantic half is not encoded, so the Atlantic, the Caribbean and the Arctic stay \
            unknown) or on the territory of an American State (Natural Earth's sovereign in the Americas). \
            Natural Earth 1:10m, German point of view.
            """
    }

}
