import ArgumentParser
import EntenteCLI
import EntenteCore
import EntenteStore
import EntenteTestSupport
import Testing

/// `entente data …` parsing, validation messages, and errors from a real store.
struct DataCommandTests {
    @Test func impossibleDateIsRejectedAtParseTime() {
        #expect(throws: (any Error).self) {
            try EntenteCommand.parseAsRoot(["data", "states", "--as-of", "2023-02-30"])
        }
        do {
            _ = try EntenteCommand.parseAsRoot(["data", "members", "NATO", "--as-of", "2023-13-01"])
            Issue.record("a month 13 date was accepted")
        } catch {
            let message = EntenteCommand.message(for: error)
            #expect(message.contains("--as-of"))
            #expect(message.contains("2023-13-01"))
        }
    }

    @Test func unknownActivityKindIsRejectedWithTheChoices() {
        do {
            _ = try EntenteCommand.parseAsRoot(["data", "activities", "--kind", "parade"])
            Issue.record("an unknown kind was accepted")
        } catch {
            let message = EntenteCommand.message(for: error)
            #expect(message.contains("Unknown kind 'parade'; expected one of exercise, dialogue"))
        }
    }

    @Test func reversedDateRangeIsRejected() {
        do {
            _ = try EntenteCommand.parseAsRoot(["data", "activities", "--from", "2020-01-01", "--to", "2019-01-01"])
            Issue.record("a reversed range was accepted")
        } catch {
            #expect(EntenteCommand.message(for: error) == "--to (2019-01-01) is before --from (2020-01-01).")
        }
    }

    @Test func unknownStateFailsWithASuggestion() async throws {
        let store = try await BundledStore.store()
        var command = try EntenteCommand.parseAsRoot(["data", "show", "Indonesa", "--store", store.path])
        let error = await #expect(throws: EntenteError.self) {
            guard var runnable = command as? any AsyncParsableCommand else { return }
            try await runnable.run()
            command = runnable
        }
        #expect(error?.code == .unknownState)
        #expect(error?.message.contains("Did you mean 'Indonesia'?") == true)
    }

    @Test func importOfAMissingFileNamesIt() async throws {
        let store = try await BundledStore.copy()
        let command = try EntenteCommand.parseAsRoot([
            "data", "import", "/nonexistent/x.csv", "--kind", "activities", "--store", store.path,
        ])
        let error = await #expect(throws: EntenteError.self) {
            guard var runnable = command as? any AsyncParsableCommand else { return }
            try await runnable.run()
        }
        #expect(error?.message.hasPrefix("Cannot read '/nonexistent/x.csv'") == true)
    }
}
