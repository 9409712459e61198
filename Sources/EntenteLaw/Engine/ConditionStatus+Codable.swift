/// Statuses cross the report boundary as their labels (`not_met`), not their packed raw values.
extension ConditionStatus: Codable {
    public init(from decoder: any Decoder) throws {
        let label = try decoder.singleValueContainer().decode(String.self)
        guard let status = Self.allCases.first(where: { $0.label == label }) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "unknown condition status \(label)"))
        }
        self = status
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}

extension ConditionRole: Codable {}
