import EntenteCore
import GRDB

/// One result row read by name, whichever database it came from, so turning a row into a record
/// is written once for every backend (``RecordDecoding``).
///
/// A missing column or SQL NULL reads as nil; the decoders supply the same defaults on every backend.
protocol RecordRow {
    func int(_ column: String) -> Int?
    func double(_ column: String) -> Double?
    func text(_ column: String) -> String?
}

extension RecordRow {
    /// A text column that the schema declares NOT NULL; empty when absent, which the schema prevents.
    func string(_ column: String) -> String { text(column) ?? "" }

    /// An ISO day column.
    func day(_ column: String) -> Day? { text(column).flatMap { Day(iso: $0) } }
}

extension Row: RecordRow {
    func int(_ column: String) -> Int? { self[column] }
    func double(_ column: String) -> Double? { self[column] }
    func text(_ column: String) -> String? { self[column] }
}
