public import EntenteCore

/// The one mapping from a library error to what a person sees and the process's exit status.
///
/// Usage mistakes caught while parsing (a missing option, a bad value) are ArgumentParser's: usage
/// text and exit 64. Errors the libraries throw print `error: <message>` on standard error and exit
/// with a status from `sysexits.h` by kind, the same for every command.
public enum ErrorExit {
    /// The input was refused: a file, a value, a state or an organisation (EX_DATAERR).
    public static let invalidInput: Int32 = 65
    /// A file or a record asked for does not exist (EX_NOINPUT).
    public static let notFound: Int32 = 66
    /// The store could not be read or written (EX_IOERR).
    public static let storage: Int32 = 74
    /// A bug: an invariant did not hold (EX_SOFTWARE).
    public static let internalFailure: Int32 = 70

    public static func status(for error: EntenteError) -> Int32 {
        switch error.code {
        case .notFound: notFound
        case .storage: storage
        case .internalFailure: internalFailure
        default: invalidInput
        }
    }

    /// The line printed on standard error.
    public static func message(for error: EntenteError) -> String {
        "error: " + error.message
    }
}
