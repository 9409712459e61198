import ArgumentParser
import EntenteCore
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
        let folder = FileManager.default.temporaryDirectory.appending(path: "entente-robustness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appending(path: name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func aLatin1LawFileIsRefusedNamingIt() throws {
        let path = try Self.scratchFile(
            "situation.yaml", Array("question: self_defence\nas_of: 1990-08-02\nnote: ".utf8) + Self.latin1Word + [0x0A]
        )
        let error = #expect(throws: EntenteError.self) { try LawCommand.read(path) }
        #expect(error?.message.hasPrefix("cannot read \(path)") == true)
    }

    @Test func aLatin1EdgeListIsRefusedNamingIt() throws {
        let path = try Self.scratchFile(
            "ties.csv", Array("source,target\n".utf8) + Self.latin1Word + Array(",IDN\n".utf8))
        let options = try EdgeListOptions.parse(["--edges", path])
        let error = #expect(throws: EntenteError.self) { try options.read() }
        #expect(error?.message.contains("'\(path)'") == true)
    }

    @Test func aLatin1ScenarioIsRefusedNamingIt() async throws {
        let path = try Self.scratchFile(
            "scenario.yaml", Array("model: norms\nname: ".utf8) + Self.latin1Word + Array("\nseed: 1\n".utf8))
        let error = await #expect(throws: EntenteError.self) {
            try await ScenarioRunOptions.load(path, store: try StoreOptions.parse([]))
        }
        #expect(error?.code == .invalidInput)
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
