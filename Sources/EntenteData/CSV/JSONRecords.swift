public import EntenteCore
import Foundation

/// Reads a JSON array of flat objects into a ``CSVTable``, so JSON and CSV imports share one
/// validator. Numbers and Booleans become their text; `null` becomes an empty cell; a nested
/// array of strings becomes a `;`-separated list (the CSV convention for participants).
public enum JSONRecords {
    /// Parses JSON bytes.
    ///
    /// - Throws: ``EntenteError`` naming the file and, for a bad record, its number and field.
    public static func table(bytes: [UInt8], fileName: String) throws(EntenteError) -> CSVTable {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw EntenteError(
                .malformedFile,
                "\(fileName): not valid JSON (\(error.localizedDescription)); expected an array of objects.")
        }
        guard let array = object as? [Any] else {
            throw EntenteError(.malformedFile, "\(fileName): expected a JSON array of objects at the top level.")
        }
        var header: [String] = []
        var seen = Set<String>()
        var dictionaries: [[String: Any]] = []
        for (index, element) in array.enumerated() {
            guard let dictionary = element as? [String: Any] else {
                throw EntenteError(.malformedFile, "\(fileName): record \(index + 1): expected an object.")
            }
            for key in dictionary.keys.sorted() where seen.insert(key).inserted { header.append(key) }
            dictionaries.append(dictionary)
        }
        var rows: [[String]] = []
        for (index, dictionary) in dictionaries.enumerated() {
            var row: [String] = []
            for key in header {
                row.append(try text(dictionary[key], fileName: fileName, record: index + 1, field: key))
            }
            rows.append(row)
        }
        return CSVTable(
            fileName: fileName, header: header, rows: rows, lineNumbers: rows.indices.map { $0 + 1 }, isJSON: true)
    }

    private static func text(_ value: Any?, fileName: String, record: Int, field: String) throws(EntenteError) -> String
    {
        switch value {
        case .none, is NSNull: return ""
        case let string as String: return string
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            return number.stringValue
        case let list as [Any]:
            var parts: [String] = []
            for item in list {
                guard let string = item as? String else {
                    throw EntenteError(
                        .malformedFile, "\(fileName): record \(record): field '\(field)': expected a list of strings.")
                }
                parts.append(string)
            }
            return parts.joined(separator: ";")
        default:
            throw EntenteError(
                .malformedFile,
                "\(fileName): record \(record): field '\(field)': expected a string, number, Boolean or null.")
        }
    }
}
