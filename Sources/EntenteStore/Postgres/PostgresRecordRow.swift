import EntenteCore
import PostgresNIO

/// A PostgreSQL result row decoded whole into plain values, so the shared decoders
/// (``RecordDecoding`` and the other `Queries` types) read it like a SQLite row; a column of a type
/// the store never creates is refused here rather than read as NULL.
struct PostgresRecordRow: RecordRow, Sendable {
    enum Value: Sendable {
        case int(Int)
        case double(Double)
        case text(String)
    }

    /// Column positions by name, built once per result and shared by its rows.
    final class Columns: Sendable {
        let positions: [String: Int]

        init(_ row: PostgresRow) {
            var positions: [String: Int] = [:]
            for (index, cell) in row.enumerated() where positions[cell.columnName] == nil {
                positions[cell.columnName] = index
            }
            self.positions = positions
        }
    }

    private let columns: Columns
    private var values: [Value?] = []

    init(_ row: PostgresRow, columns: Columns) throws(EntenteError) {
        self.columns = columns
        values.reserveCapacity(columns.positions.count)
        for cell in row {
            values.append(try Self.value(cell))
        }
    }

    private static func value(_ cell: PostgresCell) throws(EntenteError) -> Value? {
        guard cell.bytes != nil else { return nil }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8: return .int(try cell.decode(Int.self))
            case .float4, .float8: return .double(try cell.decode(Double.self))
            case .bool: return .int(try cell.decode(Bool.self) ? 1 : 0)
            case .text, .varchar, .bpchar, .name: return .text(try cell.decode(String.self))
            default:
                throw EntenteError(
                    .internalFailure, "The PostgreSQL column '\(cell.columnName)' has a type the store cannot read.")
            }
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(
                .storage, "Reading column '\(cell.columnName)' from PostgreSQL failed.", underlying: error)
        }
    }

    private func value(_ column: String) -> Value? {
        columns.positions[column].flatMap { values[$0] }
    }

    private func value(at index: Int) -> Value? {
        values.indices.contains(index) ? values[index] : nil
    }

    func int(_ column: String) -> Int? { Self.int(value(column)) }
    func double(_ column: String) -> Double? { Self.double(value(column)) }
    func text(_ column: String) -> String? { Self.text(value(column)) }
    func int(at index: Int) -> Int? { Self.int(value(at: index)) }
    func double(at index: Int) -> Double? { Self.double(value(at: index)) }
    func text(at index: Int) -> String? { Self.text(value(at: index)) }

    private static func int(_ value: Value?) -> Int? {
        if case .int(let number) = value { return number }
        return nil
    }

    /// An integer column reads as a real too, as in SQLite.
    private static func double(_ value: Value?) -> Double? {
        switch value {
        case .double(let number): number
        case .int(let number): Double(number)
        default: nil
        }
    }

    private static func text(_ value: Value?) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
}
