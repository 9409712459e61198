import EntenteCore
import EntenteLaw

/// What the legal engine may ask about a simulated world: states are referred to by COW code, and
/// memberships are unknown to the engine because the model gives every fact it needs explicitly.
struct SimulatedLawKnowledge: LawKnowledge {
    func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
        guard let code = Int(reference) else {
            throw EntenteError(.unknownState, "simulated world: '\(reference)' is not a COW code.")
        }
        return CowCode(code)
    }

    func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth { .unknown }
}
