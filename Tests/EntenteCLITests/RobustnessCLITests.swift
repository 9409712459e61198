import ArgumentParser
import EntenteCore
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteCLI

/// Files and arguments the command line reads, wrongly encoded or malformed (issue 14,
/// `docs/robustness.md`): each is refused with an error naming the file or option, before anything
/// runs or is written.
struct RobustnessCLITests {
    /// "Málaga" written in Latin-1, as a spreadsheet on an old system would save it.
    static let latin1Word: [UInt8] = Array("M".utf8) + [0xE1] + Array("laga".utf8)

    static func scratchFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = try ScratchFolder.make("robustness")
        let url = folder.appending(path: name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Runs `body` on a scratch file holding `bytes`, then deletes the file's folder.
    static func withScratchFile<T>(_ name: String, _ bytes: [UInt8], _ body: (String) async throws -> T)
        async throws -> T
    {
        let path = try scratchFile(name, bytes)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        return try await body(path)
    }

    /// The error a Latin-1 file gets: refused input (exit 65) naming the file, the line and the
    /// offset of the first byte that is not UTF-8, the Latin-1 "á" of ``latin1Word``.
    static func expectNotUTF8(_ error: EntenteError?, path: String, line: Int, bytes: [UInt8]) throws {
        let error = try #require(error)
        let offset = try #require(bytes.firstIndex(of: 0xE1))
        #expect(error.code == .invalidInput)
        #expect(ErrorExit.status(for: error) == 65)
        #expect(
            error.message
                == "\(path):\(line): the text is not valid UTF-8 (byte 0xE1 at offset \(offset)); save the file as UTF-8."
        )
    }

    @Test func aLatin1LawFileIsRefusedNamingItsLine() async throws {
        let bytes = Array("question: self_defence\nas_of: 1990-08-02\nnote: ".utf8) + Self.latin1Word + [0x0A]
        try await Self.withScratchFile("situation.yaml", bytes) { path in
            let error = #expect(throws: EntenteError.self) { try LawCommand.read(path) }
            try Self.expectNotUTF8(error, path: path, line: 3, bytes: bytes)
            let command = try LawAssessCommand.parse([path, "--store", path + ".store"])
            let run = await #expect(throws: EntenteError.self) { try await command.run() }
            try Self.expectNotUTF8(run, path: path, line: 3, bytes: bytes)
        }
    }

    @Test func aLatin1JSONSituationIsRefusedNamingItsLine() async throws {
        let bytes =
            Array("{\"question\": \"self_defence\",\n \"as_of\": \"1990-08-02\",\n \"note\": \"".utf8) + Self.latin1Word
            + Array("\"}\n".utf8)
        try await Self.withScratchFile("situation.json", bytes) { path in
            let error = #expect(throws: EntenteError.self) { try LawCommand.read(path) }
            try Self.expectNotUTF8(error, path: path, line: 3, bytes: bytes)
        }
    }

    @Test func aLatin1CustomaryRuleOrEvidenceFileIsRefusedNamingIt() async throws {
        let rule = Array("rule: r\nscope: general\nas_of: 2000\nstates:\n  - {state: USA, region: americas}\n".utf8)
        let evidence =
            Array("practice:\n  - {state: USA, year: 1990, act: \"".utf8) + Self.latin1Word + Array("\"}\n".utf8)
        try await Self.withScratchFile("evidence.yaml", evidence) { evidencePath in
            try await Self.withScratchFile("rule.yaml", rule + evidence) { rulePath in
                // The rule file itself, holding its evidence.
                let own = try LawCustomCommand.parse([rulePath, "--store", rulePath + ".store"])
                let ownError = await #expect(throws: EntenteError.self) { try await own.run() }
                try Self.expectNotUTF8(ownError, path: rulePath, line: 7, bytes: rule + evidence)
            }
            try await Self.withScratchFile("rule.yaml", rule) { rulePath in
                // A good rule with a Latin-1 evidence file.
                let command = try LawCustomCommand.parse(
                    [rulePath, "--evidence", evidencePath, "--store", rulePath + ".store"])
                let error = await #expect(throws: EntenteError.self) { try await command.run() }
                try Self.expectNotUTF8(error, path: evidencePath, line: 2, bytes: evidence)
            }
        }
    }

    @Test func aLatin1EdgeListIsRefusedNamingItsLine() async throws {
        let bytes = Array("source,target\n".utf8) + Self.latin1Word + Array(",IDN\n".utf8)
        try await Self.withScratchFile("ties.csv", bytes) { path in
            let options = try EdgeListOptions.parse(["--edges", path])
            let error = #expect(throws: EntenteError.self) { try options.read() }
            try Self.expectNotUTF8(error, path: path, line: 2, bytes: bytes)
        }
    }

    @Test func theOffsetCountsBytesNotCharacters() async throws {
        // "é" is two valid bytes in UTF-8; the bad byte after it is at offset 3, not 2.
        let bytes = Array("\u{E9}a".utf8) + [0xE1, 0x0A]
        #expect(InputFile.firstInvalidByte(bytes) == 3)
        // A sequence cut short at the end of the file.
        #expect(InputFile.firstInvalidByte(Array("ab".utf8) + [0xE2, 0x82]) == 2)
        #expect(InputFile.firstInvalidByte(Array("ab\u{20AC}".utf8)) == nil)
    }

    @Test func aMissingLawFileOrEdgeListIsStillNotFound() throws {
        let missing = FileManager.default.temporaryDirectory.appending(path: "entente-missing-\(UUID().uuidString)")
            .path
        let law = #expect(throws: EntenteError.self) { try LawCommand.read(missing) }
        #expect(law.map(ErrorExit.status(for:)) == 66)
        let options = try EdgeListOptions.parse(["--edges", missing])
        let edges = #expect(throws: EntenteError.self) { try options.read() }
        #expect(edges.map(ErrorExit.status(for:)) == 66)
        #expect(edges?.message.hasPrefix("Cannot read the edge list '\(missing)'") == true)
    }

    @Test func aByteOrderMarkBeforeALawFileOrEdgeListIsDropped() async throws {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        try await Self.withScratchFile("ties.csv", mark + Array("source,target\nIDN,AUS\n".utf8)) { path in
            let (text, _) = try EdgeListOptions.parse(["--edges", path]).read()
            #expect(text == "source,target\nIDN,AUS\n")
            #expect(try LawCommand.read(path) == text)
        }
    }

    @Test func aLatin1ScenarioIsRefusedNamingIt() async throws {
        let bytes = Array("model: norms\nname: ".utf8) + Self.latin1Word + Array("\nseed: 1\n".utf8)
        try await Self.withScratchFile("scenario.yaml", bytes) { path in
            let error = await #expect(throws: EntenteError.self) {
                try await ScenarioRunOptions.load(path, store: try StoreOptions.parse([]))
            }
            #expect(error?.code == .invalidInput)
            #expect(error?.message.hasPrefix("\(path):2: the text is not valid UTF-8 (byte 0xE1") == true)
        }
    }

    @Test func aMissingScenarioIsNotFound() async throws {
        let path = "/nonexistent-\(UUID().uuidString)/scenario.yaml"
        let error = await #expect(throws: EntenteError.self) {
            try await ScenarioRunOptions.load(path, store: try StoreOptions.parse([]))
        }
        #expect(error?.code == .notFound)
        #expect(error?.message.hasPrefix("\(path): cannot read the scenario file") == true)
    }

    @Test(arguments: [
        ["data", "states", "--as-off", "2020-01-01"],
        ["data", "states", "--as-of", "2020-01-01\u{0}"],
        ["sim", "run", "scenario.yaml", "--seed", "184467440737095516160"],
        ["sim", "run", "scenario.yaml", "--replicates", "-3"],
        ["network", "measures", "--year", "twenty"],
        ["data", "import", "file.csv", "--kind", "alliances"],
    ])
    func aMalformedArgumentIsAUsageError(_ arguments: [String]) {
        do {
            _ = try EntenteCommand.parseAsRoot(arguments)
            Issue.record("accepted: \(arguments)")
        } catch {
            #expect(EntenteCommand.exitCode(for: error).rawValue == 64, "\(arguments)")
        }
    }
}
