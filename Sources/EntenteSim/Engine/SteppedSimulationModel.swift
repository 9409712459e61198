/// A model that advances one step at a time over a state of its own.
///
/// Keep the state as a struct of arrays (one array per agent attribute, indexed by agent) so the
/// step loop walks contiguous memory and copies nothing. A model that schedules things at times of
/// its own keeps an ``EventQueue`` in its state.
public protocol SteppedSimulationModel: SimulationModel {
    associatedtype State

    /// The state at step 0.
    func makeState(random: inout Xoshiro256StarStar) -> State
    /// Advances `state` from step `step − 1` to `step` (`step` runs from 1 to the horizon).
    func step(_ state: inout State, to step: Int, random: inout Xoshiro256StarStar)
    /// One series row: `seriesNames.count` values observed in `state`.
    func observe(_ state: State) -> [Double]
    /// The replicate's summary metrics from its final state.
    func summarize(_ state: State) -> [Double]
}

extension SteppedSimulationModel {
    /// Steps from 0 to the horizon, recording a series row at each of `steps`.
    public func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
        var state = makeState(random: &random)
        var series: [Double] = []
        series.reserveCapacity(steps.count * seriesNames.count)
        var next = 0
        let horizon = steps.last ?? 0
        for t in 0...horizon {
            if t > 0 { step(&state, to: t, random: &random) }
            if next < steps.count, steps[next] == t {
                series += observe(state)
                next += 1
            }
        }
        return ReplicateOutput(series: series, summary: summarize(state))
    }
}
