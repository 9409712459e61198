import Foundation

/// Messages for people that are not results: they go to standard error, so piped output stays clean.
enum Diagnostics {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
