/// The `location` object shared by several questions: where the attack, activity or forces are.
///
/// `place` and `region` are descriptive; `lat`/`lon` and the flags are what the treaty-area rules
/// read. Flags name the geographic tests of the treaties (NATO Art. 6, ANZUS Art. V, Rio Art. 4).
let locationEntries: [FactEntry] = [
    FactEntry(name: "location.place", kind: .text, summary: "Name of the place."),
    FactEntry(name: "location.region", kind: .text, summary: "Region, for explanations."),
    FactEntry(name: "location.lat", kind: .number(integer: false), summary: "Latitude in degrees (north positive)."),
    FactEntry(name: "location.lon", kind: .number(integer: false), summary: "Longitude in degrees (east positive)."),
]

/// Geographic flags used by the collective-defence treaty areas.
let treatyAreaLocationEntries: [FactEntry] = [
    FactEntry(name: "location.in_europe", kind: .truth, summary: "The place is in Europe."),
    FactEntry(name: "location.in_north_america", kind: .truth, summary: "The place is in North America."),
    FactEntry(name: "location.turkey_territory", kind: .truth, summary: "The place is territory of Türkiye."),
    FactEntry(
        name: "location.algerian_departments", kind: .truth,
        summary: "The place is in the former Algerian Departments of France."),
    FactEntry(name: "location.island", kind: .truth, summary: "The place is an island under a Party's jurisdiction."),
    FactEntry(name: "location.north_atlantic", kind: .truth, summary: "The place is in the North Atlantic area."),
    FactEntry(
        name: "location.north_of_tropic_of_cancer", kind: .truth,
        summary: "The place is north of the Tropic of Cancer (23.44° N); derived from location.lat when absent.",
        derivedFrom: "location.lat"),
    FactEntry(name: "location.mediterranean", kind: .truth, summary: "The place is in or over the Mediterranean Sea."),
    FactEntry(
        name: "location.occupation_area_1949", kind: .truth,
        summary: "An area in Europe where a Party's occupation forces were stationed on 24 August 1949."),
    FactEntry(name: "location.in_pacific", kind: .truth, summary: "The place is in the Pacific Area (ANZUS)."),
    FactEntry(
        name: "location.metropolitan_territory", kind: .truth,
        summary: "The place is the metropolitan (home) territory of the attacked Party."),
    FactEntry(
        name: "location.american_region", kind: .truth,
        summary: "The place is in the region of Rio Treaty Art. 4 or on an American State's territory."),
    FactEntry(
        name: "location.in_treaty_area", kind: .truth,
        summary: "The place is inside the area an ATOP pact's location condition names."),
]
