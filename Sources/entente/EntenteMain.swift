import ArgumentParser
import EntenteCLI

@main
enum EntenteMain {
    static func main() async {
        await EntenteCommand.main()
    }
}
