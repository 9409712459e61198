/// The `location` object shared by several questions: where the attack, activity or forces are.
///
/// `place` and `region` are descriptive; `lat`/`lon` are what the treaty-area rules read, with the
/// geographic flags of the treaties (NATO Art. 6, ANZUS Art. V, Rio Art. 4) that collective defence
/// declares among its own facts.
enum LocationFacts {
    static let latitude = FactEntry(
        name: "location.lat", kind: .number(integer: false), summary: "Latitude in degrees (north positive).")

    static let longitude = FactEntry(
        name: "location.lon", kind: .number(integer: false),
        summary: "Longitude in degrees (east positive); with location.lat, the treaty-area flags are derived.")

    static let entries: [FactEntry] = [
        FactEntry(name: "location.place", kind: .text, summary: "Name of the place."),
        FactEntry(name: "location.region", kind: .text, summary: "Region, for explanations."),
        latitude,
        longitude,
    ]
}
