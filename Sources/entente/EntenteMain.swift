import ArgumentParser
import EntenteCLI
import EntenteCore
import Foundation

@main
enum EntenteMain {
    static func main() async {
        do {
            var command = try EntenteCommand.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as EntenteError {
            FileHandle.standardError.write(Data((ErrorExit.message(for: error) + "\n").utf8))
            exit(ErrorExit.status(for: error))
        } catch {
            EntenteCommand.exit(withError: error)
        }
    }
}
