import EntenteCore
import EntenteData
import Foundation
import Testing

struct DatasetCatalogTests {
    @Test func everyCataloguedFileShipsInTheBundle() throws {
        #expect(DatasetCatalog.sources.count >= 20)
        for source in DatasetCatalog.sources {
            for file in source.files {
                #expect((try? BundledData.url(file)) != nil, "\(source.id): \(file) is not in the bundle")
            }
        }
    }

    @Test func coverageIsTypedAndAgreesWithItsText() {
        let atop = DatasetCatalog.span("atop-5.1")
        #expect(atop.firstYear == 1815 && atop.lastYear == 2018)
        #expect(DatasetCatalog.source("atop-5.1")?.coverage == "1815–2018")
        #expect(DatasetCatalog.knowledgeCoverage.alliances == atop)
        let igo = DatasetCatalog.knowledgeCoverage.organisations
        #expect(igo.observedUntil == Day.endOfYear(igo.lastYear))
        let curated = DatasetCatalog.knowledgeCoverage.curatedActivities
        #expect(curated.firstYear == DatasetCatalog.knowledgeCoverage.exercises.lastYear + 1)
        #expect(curated.completeness == .partial)
        #expect(DatasetCatalog.knowledgeCoverage.worldYears.lowerBound == 1816)
        #expect(DatasetCatalog.knowledgeCoverage.summary.contains("alliances (ATOP) 1815–2018"))
        for source in DatasetCatalog.sources {
            if let span = source.span { #expect(source.coverage == span.text) }
        }
    }
}
