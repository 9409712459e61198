import EntenteCore
import PostgresNIO

/// A PostgreSQL result row decoded whole into plain values, so the shared decoders
/// (``RecordDecoding``) read it like a SQLite row; a column of a type the store never creates is
/// refused here rather than read as NULL.
struct PostgresRecordRow: RecordRow, Sendable {
    enum Value: Sendable {
        case int(Int)
        case double(Double)
        case text(String)
    }

    private var values: [String: Value] = [:]

    init(_ row: PostgresRow) throws(EntenteError) {
        for cell in row where cell.bytes != nil {
            do {
                switch cell.dataType {
                case .int2, .int4, .int8: values[cell.columnName] = .int(try cell.decode(Int.self))
                case .float4, .float8: values[cell.columnName] = .double(try cell.decode(Double.self))
                case .bool: values[cell.columnName] = .int(try cell.decode(Bool.self) ? 1 : 0)
                case .text, .varchar, .bpchar, .name: values[cell.columnName] = .text(try cell.decode(String.self))
                default:
                    throw EntenteError(
                        .internalFailure, "The PostgreSQL column '\(cell.columnName)' has a type the store cannot read."
                    )
                }
            } catch let error as EntenteError {
                throw error
            } catch {
                throw EntenteError(
                    .storage, "Reading column '\(cell.columnName)' from PostgreSQL failed.", underlying: error)
            }
        }
    }

    func int(_ column: String) -> Int? {
        if case .int(let value) = values[column] { return value }
        return nil
    }

    func double(_ column: String) -> Double? {
        switch values[column] {
        case .double(let value): value
        case .int(let value): Double(value)
        default: nil
        }
    }

    func text(_ column: String) -> String? {
        if case .text(let value) = values[column] { return value }
        return nil
    }
}
