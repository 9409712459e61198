import EntenteCore
import EntenteLaw
import Testing

/// The catalogue of the Council's words (`council-language.json`) as checked against opened pages:
/// every checked entry names the page it was read on and the day; every unchecked one says why.
struct CouncilLanguageCatalogueTests {
    static let catalogue = CouncilLanguage.shipped

    static func isDay(_ text: String?) -> Bool {
        guard let text else { return false }
        return Day(iso: text) != nil
    }

    @Test func everyCheckedEntryCitesThePageItWasReadOn() {
        for formula in Self.catalogue.formulas {
            if formula.checked {
                #expect(formula.sourceURL?.hasPrefix("http") == true, "\(formula.id) source_url")
                #expect(Self.isDay(formula.accessed), "\(formula.id) accessed")
            } else {
                #expect(formula.note?.isEmpty == false, "\(formula.id) says why it is unchecked")
            }
            for use in formula.alsoUsedIn {
                #expect(use.sourceURL?.hasPrefix("http") == true, "\(use.resolution) source_url")
                #expect(Self.isDay(use.accessed), "\(use.resolution) accessed")
                if !use.checked { #expect(use.note?.isEmpty == false, "\(use.resolution) says why") }
            }
        }
        for determination in Self.catalogue.determinations {
            #expect(determination.quoted?.isEmpty == false, "\(determination.resolution) quoted")
            if determination.checked {
                #expect(determination.sourceURL?.hasPrefix("http") == true, "\(determination.resolution)")
                #expect(Self.isDay(determination.accessed), "\(determination.resolution) accessed")
            }
        }
    }

    // Each formula's quotation contains its own match fragments in order, so the catalogue
    // recognises the words it quotes.
    @Test func everyQuotationMatchesItsOwnFormula() {
        for formula in Self.catalogue.formulas {
            #expect(Self.catalogue.formula(in: formula.quoted)?.kind == formula.kind, "\(formula.id)")
        }
    }

    // S/RES/665 (1990) para. 1 reads "commensurate to the specific circumstances"; the catalogue
    // once quoted "commensurate with".
    @Test func resolution665IsQuotedAsWritten() throws {
        let formula = try #require(Self.catalogue.formulas.first { $0.resolution == "S/RES/665 (1990)" })
        #expect(formula.quoted.contains("commensurate to the specific circumstances"))
        #expect(!formula.quoted.contains("commensurate with"))
        #expect(formula.checked)
    }

    // S/RES/1973 (2011) para. 4 and S/RES/770 (1992) para. 2: two further wordings the Council used.
    @Test(arguments: [
        ("to take all necessary measures, notwithstanding paragraph 9 of resolution 1970 (2011)", "S/RES/1973 (2011)"),
        ("to take nationally or through regional agencies or arrangements all measures necessary", "S/RES/770 (1992)"),
    ])
    func furtherAuthorisingWordsAreCatalogued(_ words: String, _ resolution: String) throws {
        let formula = try #require(Self.catalogue.formula(in: words))
        #expect(formula.kind == .authorisation)
        #expect(formula.resolution == resolution)
        #expect(formula.checked)
    }

    // UN Charter Art. 39: the determinations of S/RES/221 (1966) and S/RES/794 (1992), recalled later,
    // are carried over.
    @Test(arguments: [
        ("S/RES/221 (1966)", "threat_to_peace"), ("S/RES/794 (1992)", "threat_to_peace"),
        ("S/RES/84 (1950)", "breach_of_peace"), ("S/RES/660 (1990)", "breach_of_peace"),
    ])
    func determinationsAreFoundByResolution(_ resolution: String, _ label: String) {
        #expect(Self.catalogue.determination(of: resolution)?.determination == label)
    }

    // S/RES/836 (1993) para. 10, as the Secretary-General quotes it in S/1994/555 para. 5: the
    // air-power authorisation is checked, and its words are recognised as an authorisation.
    @Test func resolution836AirPowerIsCheckedAndRecognised() throws {
        let measures = try #require(Self.catalogue.formulas.first { $0.id == "all_necessary_measures" })
        let bosnia = try #require(measures.alsoUsedIn.first { $0.resolution == "S/RES/836 (1993)" })
        #expect(bosnia.checked)
        let airPower = "all necessary measures, through the use of air power, in and around the safe areas"
        #expect(bosnia.quoted.contains(airPower))
        #expect(Self.catalogue.formula(in: bosnia.quoted)?.kind == .authorisation)
    }

    // S/RES/940 (1994) para. 4, checked in two newspapers' quotations of the operative text (The Washington
    // Post, 1 August 1994; The Independent): "all necessary means to facilitate the departure from Haiti of the
    // military leadership"; the formula in it is read as an authorisation.
    @Test func haitiNineFortyIsCheckedInTheWordsQuoted() throws {
        let means = try #require(Self.catalogue.formulas.first { $0.id == "all_necessary_means" })
        let haiti = try #require(means.alsoUsedIn.first { $0.resolution == "S/RES/940 (1994)" })
        #expect(haiti.checked)
        #expect(haiti.quoted.contains("facilitate the departure from Haiti of the military leadership"))
        #expect(Self.catalogue.formula(in: haiti.quoted)?.kind == .authorisation)
    }
}
