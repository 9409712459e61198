public import EntenteServices
public import Foundation

/// What a client sees of a simulation job: its state, progress, and when finished its result or
/// the reason it failed.
public struct SimulationJobStatus: Codable, Sendable {
    public enum State: String, Codable, Sendable {
        case queued, running, finished, failed, cancelled
    }

    public var id: String
    public var scenario: String
    public var model: String
    public var state: State
    /// Replicates done and in all.
    public var done: Int
    public var total: Int
    public var submitted: Date
    public var error: String?
    /// The run's report, once finished (in the job's own document only, not in listings).
    public var result: SimulationRunReport?

    /// The status without the result, for listings and progress events.
    public var summary: SimulationJobStatus {
        var copy = self
        copy.result = nil
        return copy
    }

    public var isOver: Bool { state == .finished || state == .failed || state == .cancelled }
}
