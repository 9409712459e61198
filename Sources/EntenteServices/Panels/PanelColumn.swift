/// One column of a panel: a dense array with one value per row.
///
/// Missing is kept apart from zero: integer columns mark a missing cell with `Int32.min`, real
/// columns with NaN, and ``integer(_:)``/``real(_:)`` return nil for them.
public struct PanelColumn: Sendable {
    public enum Values: Sendable {
        case integer([Int32])
        case real([Double])
    }

    public static let missingInteger = Int32.min

    public let name: String
    public let values: Values

    public init(name: String, values: Values) {
        self.name = name
        self.values = values
    }

    public var count: Int {
        switch values {
        case .integer(let v): v.count
        case .real(let v): v.count
        }
    }

    /// The cell in row `row` as an integer, nil when missing (or for a real column).
    public func integer(_ row: Int) -> Int? {
        guard case .integer(let v) = values, v[row] != Self.missingInteger else { return nil }
        return Int(v[row])
    }

    /// The cell in row `row` as a number (integers converted), nil when missing.
    public func real(_ row: Int) -> Double? {
        switch values {
        case .integer(let v): v[row] == Self.missingInteger ? nil : Double(v[row])
        case .real(let v): v[row].isNaN ? nil : v[row]
        }
    }
}

extension PanelColumn: Codable {
    private enum CodingKeys: String, CodingKey { case name, values }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        if let ints = try? c.decode([Int32?].self, forKey: .values) {
            values = .integer(ints.map { $0 ?? Self.missingInteger })
        } else {
            values = .real(try c.decode([Double?].self, forKey: .values).map { $0 ?? .nan })
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        switch values {
        case .integer(let v): try c.encode(v.map { $0 == Self.missingInteger ? nil : $0 }, forKey: .values)
        case .real(let v): try c.encode(v.map { $0.isNaN ? nil : $0 }, forKey: .values)
        }
    }
}
