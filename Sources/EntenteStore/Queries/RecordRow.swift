import EntenteCore
import GRDB

/// One result row read by name or by position, whichever database it came from, so turning a row
/// into a record is written once for every backend (``RecordDecoding`` and the other `Queries` types).
///
/// A missing column or SQL NULL reads as nil; the decoders supply the same defaults on every backend.
/// Bulk reads (snapshots, panels) use positions: looking a column up by name on every row of a
/// million-row table costs more than the read.
protocol RecordRow {
    func int(_ column: String) -> Int?
    func double(_ column: String) -> Double?
    func text(_ column: String) -> String?
    func int(at index: Int) -> Int?
    func double(at index: Int) -> Double?
    func text(at index: Int) -> String?
}

extension RecordRow {
    /// A text column that the schema declares NOT NULL; empty when absent, which the schema prevents.
    func string(_ column: String) -> String { text(column) ?? "" }

    /// An ISO day column.
    func day(_ column: String) -> Day? { text(column).flatMap { Day(iso: $0) } }

    /// A truth value (a boolean expression, or a 0/1 flag column) at a position: true only for 1.
    func flag(at index: Int) -> Bool { int(at: index) == 1 }
}

extension Row: RecordRow {
    func int(_ column: String) -> Int? { self[column] }
    func double(_ column: String) -> Double? { self[column] }
    func text(_ column: String) -> String? { self[column] }
    func int(at index: Int) -> Int? { self[index] }
    func double(at index: Int) -> Double? { self[index] }
    func text(at index: Int) -> String? { self[index] }
}
