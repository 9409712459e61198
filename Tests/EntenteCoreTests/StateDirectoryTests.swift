import EntenteCore
import Testing

struct StateDirectoryTests {
    let directory = StateDirectory(
        states: [
            StateInfo(
                cow: CowCode(2), cowAbbreviation: "USA", name: "United States of America", iso3: "USA", iso2: "US",
                gleditschWard: [2]),
            StateInfo(
                cow: CowCode(305), cowAbbreviation: "AUS", name: "Austria", iso3: "AUT", iso2: "AT",
                gleditschWard: [305]),
            StateInfo(
                cow: CowCode(732), cowAbbreviation: "ROK", name: "South Korea", iso3: "KOR", iso2: "KR",
                gleditschWard: [732]),
            StateInfo(
                cow: CowCode(850), cowAbbreviation: "INS", name: "Indonesia", iso3: "IDN", iso2: "ID",
                gleditschWard: [850]),
            StateInfo(
                cow: CowCode(900), cowAbbreviation: "AUL", name: "Australia", iso3: "AUS", iso2: "AU",
                gleditschWard: [900]),
        ],
        aliases: [CowCode(732): ["Republic of Korea"], CowCode(437): ["Ivory Coast"]])

    @Test(
        arguments: zip(
            [
                "IDN", "idn", "INS", "850", "indonesia", " Indonesia ", "republic of korea", "ROK", "AUS", "AUL", "AUT",
                "Austria",
            ],
            [850, 850, 850, 850, 850, 850, 732, 732, 900, 900, 305, 305]))
    func resolvesCodesAndNamesCaseInsensitively(text: String, cow: Int) throws {
        #expect(try directory.resolve(text).cow == CowCode(cow))
    }

    @Test func unknownNameSuggestsTheNearest() {
        let error = #expect(throws: EntenteError.self) { try directory.resolve("Indonesa") }
        #expect(error?.code == .unknownState)
        #expect(error?.message.hasSuffix("Did you mean 'Indonesia'?") == true)
    }

    @Test func ambiguousNameIsRefusedWithTheCandidates() {
        let twoNames = StateDirectory(
            states: [
                StateInfo(
                    cow: CowCode(816), cowAbbreviation: "DRV", name: "Vietnam", iso3: "VNM", iso2: "VN",
                    gleditschWard: [816]),
                StateInfo(
                    cow: CowCode(817), cowAbbreviation: "RVN", name: "Republic of Vietnam", iso3: nil, iso2: nil,
                    gleditschWard: [817]),
            ],
            aliases: [CowCode(817): ["Vietnam"]])
        let error = #expect(throws: EntenteError.self) { try twoNames.resolve("vietnam") }
        #expect(error?.code == .ambiguousName)
    }
}
