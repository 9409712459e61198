/// One fact a customary-law condition used, as name and value: a share, a threshold, the States
/// or records counted. Reports list them under the condition so a reader can check the judgement.
public struct CustomFact: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
