/// The `location` object shared by several questions: where the attack, activity or forces are.
///
/// `place` and `region` are descriptive; `lat`/`lon` are what the treaty-area rules read, with the
/// geographic flags of the treaties (NATO Art. 6, ANZUS Art. V, Rio Art. 4) that collective defence
/// declares among its own facts.
enum LocationFacts {
    static let latitude = FactEntry(
        "location.lat", .number(integer: false), "Latitude in degrees (north positive).")

    static let entries: [FactEntry] = [
        FactEntry("location.place", .text, "Name of the place."),
        FactEntry("location.region", .text, "Region, for explanations."),
        latitude,
        FactEntry("location.lon", .number(integer: false), "Longitude in degrees (east positive)."),
    ]
}
