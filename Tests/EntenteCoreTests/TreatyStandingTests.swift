import EntenteCore
import Testing

/// A treaty standing read "as of" a day, as `data show --as-of` shows it.
struct TreatyStandingTests {
    func day(_ iso: String) -> Day { Day(iso: iso)! }

    func status(
        _ status: TreatyStatus.Status, signed: String? = nil, joined: String? = nil, withdrawn: String? = nil
    ) -> TreatyStatus {
        TreatyStatus(
            treaty: "NPT", state: CowCode(731), party: "PRK", status: status, signed: signed.map(day),
            joined: joined.map(day), withdrawn: withdrawn.map(day), source: "test", sourceURL: nil, accessed: nil,
            confidence: .high, note: nil)
    }

    @Test func aWithdrawalLaterThanTheDayIsNotYetMade() throws {
        let record = status(.withdrawn, joined: "1985-12-12", withdrawn: "2003-04-10")
        let then = try #require(record.standing(on: day("1990-01-01")))
        #expect(then.status == .party && then.withdrawn == nil)
        #expect(then.isParty(on: day("1990-01-01")) == .yes)
        #expect(record.standing(on: day("2010-01-01"))?.status == .withdrawn)
    }

    @Test func aTreatyJoinedLaterIsNotShownBeforeItsSignature() {
        let accession = status(.party, joined: "2009-07-23")
        #expect(accession.standing(on: day("1990-01-01")) == nil)
        #expect(accession.standing(on: day("2009-07-23"))?.status == .party)
        let ratified = status(.party, signed: "1968-07-01", joined: "1970-03-05")
        #expect(ratified.standing(on: day("1969-01-01"))?.status == .signatory)
        #expect(ratified.standing(on: day("1960-01-01")) == nil)
    }

    @Test func aRecordWithoutDatesCannotBePlacedAndIsKept() {
        let undated = status(.party)
        #expect(undated.standing(on: day("1900-01-01")) == undated)
    }
}
