import RealModule

// Processes 1–3: engagement (instrument and partner choice), its effects on the dyad, and the
// threat that exercises cause to third parties.
extension DefenseDiplomacyModel {
    /// Process 1: each state, with probability `engagement_rate` (less when isolationist), picks an
    /// instrument by its posture's weights and a partner by a softmax over partner scores.
    func engage(_ state: inout DefenseDiplomacyState, random: inout Xoshiro256StarStar) {
        let n = world.n
        guard n > 1 else { return }
        for i in 0..<n {
            let posture = Int(state.posture[i])
            let rate = posture == 2 ? p.engagementRate * 0.3 : p.engagementRate
            guard random.nextDouble() < rate else { continue }
            let instrument = drawInstrument(posture: posture, random: &random)
            let j = choosePartner(of: i, for: instrument, state: &state, random: &random)
            guard j >= 0 else { continue }
            strengthen(&state, i, j, instrument)
            if instrument == .capacityBuilding {
                // The recipient's capability (spending) rises by a share of the donor's.
                let ceiling = world.spending[j] * p.economyCeiling
                state.spending[j] = min(ceiling, state.spending[j] + p.capacityGain * state.spending[i])
            }
            if instrument == .exercise {
                exercise(&state, organiser: i, first: i, second: j, multilateral: false, random: &random)
            }
        }
    }

    func drawInstrument(posture: Int, random: inout Xoshiro256StarStar) -> Instrument {
        let u = random.nextDouble()
        let row = Instrument.cumulativeWeights[posture]
        for (index, bound) in row.enumerated() where u < bound { return Instrument(rawValue: index)! }
        return .dialogue
    }

    /// A softmax draw over a random sample of candidates plus the state's patron.
    ///
    /// Score = w_trust·trust + w_membership·shared/3 + w_value·capability/max capability
    /// − w_sovereignty·sovereignty·intrusiveness + posture term (aligned states favour their bloc,
    /// hedgers favour partners they are not yet tied to).
    func choosePartner(
        of i: Int, for instrument: Instrument, state: inout DefenseDiplomacyState, random: inout Xoshiro256StarStar
    ) -> Int {
        let n = world.n
        var count = 0
        for _ in 0..<Self.choiceSetSize {
            let j = random.nextInt(below: n)
            if j != i {
                state.candidates[count] = j
                count += 1
            }
        }
        let patron = Int(world.patron[i])
        if patron >= 0 {
            state.candidates[count] = patron
            count += 1
        }
        guard count > 0 else { return -1 }
        let maxCapability = world.maxCapability
        var total = 0.0
        for c in 0..<count {
            let j = state.candidates[c]
            let d = i * n + j
            var score = p.weightTrust * state.trust[d] + p.weightMembership * Double(world.sharedMemberships[d]) / 3
            score += p.weightValue * world.capability[j] / maxCapability
            score -= p.weightSovereignty * world.sovereignty[i] * instrument.intrusiveness
            switch state.posture[i] {
            case 0:
                let sameBloc =
                    j == patron || (patron >= 0 && Int(world.patron[j]) == patron) || Int(world.patron[j]) == i
                score += sameBloc ? 1 : (world.isMajorPower[j] ? -0.5 : 0)
            case 1:
                score -= 0.5 * state.interoperability[d]
            default:
                score += state.regimeMember[j] ? 0.5 : 0
            }
            let w = Double.exp(p.choiceSharpness * score)
            state.weights[c] = w
            total += w
        }
        var u = random.nextDouble() * total
        for c in 0..<count {
            u -= state.weights[c]
            if u <= 0 { return state.candidates[c] }
        }
        return state.candidates[count - 1]
    }

    /// Process 2: trust, transparency and interoperability close a share of their distance to 1.
    @inline(__always)
    func strengthen(
        _ state: inout DefenseDiplomacyState, _ i: Int, _ j: Int, _ instrument: Instrument, scale: Double = 1
    ) {
        strengthen(&state, directed: i * world.n + j, instrument, scale: scale)
        strengthen(&state, directed: j * world.n + i, instrument, scale: scale)
    }

    @inline(__always)
    func strengthen(_ state: inout DefenseDiplomacyState, directed d: Int, _ instrument: Instrument, scale: Double) {
        state.trust[d] += scale * min(1, p.trustGain * instrument.trust) * (1 - state.trust[d])
        state.transparency[d] +=
            scale * min(1, p.transparencyGain * instrument.transparency) * (1 - state.transparency[d])
        state.interoperability[d] +=
            scale * min(1, p.interoperabilityGain * instrument.interoperability) * (1 - state.interoperability[d])
    }

    /// Process 3: an exercise raises the threat that nearby non-participants perceive from each
    /// participant, by focus, proximity, the participant's relative capability and the observer's
    /// distrust; notification and observers remove a share of it.
    ///
    /// A bilateral exercise has participants `first` and `second`; a multilateral one (`first` = −1)
    /// has the regime's members.
    func exercise(
        _ state: inout DefenseDiplomacyState, organiser: Int, first: Int, second: Int, multilateral: Bool,
        warfighting forced: Bool? = nil, notificationProbability: Double? = nil,
        random: inout Xoshiro256StarStar
    ) {
        let n = world.n
        state.exercises += 1
        if !multilateral {
            state.lastExercise[first * n + second] = Int32(state.month)
            state.lastExercise[second * n + first] = Int32(state.month)
        }
        let bound = p.regimeBinding && state.regimeMember[organiser]
        let notifyProbability =
            bound
            ? 1
            : (notificationProbability
                ?? (world.isMajorPower[organiser]
                    ? p.greatPowerNotification
                    : state.adherence[organiser * DefenseDiplomacyState.normCount + DefenseDiplomacyState.notification]))
        let notified = random.nextDouble() < notifyProbability
        let observers = bound || random.nextDouble() < p.observerRate
        let warfighting = forced ?? (random.nextDouble() < p.warfightingShare)
        if notified { state.notifiedExercises += 1 }
        recordAct(&state, i: organiser, norm: DefenseDiplomacyState.notification, conforming: notified, random: &random)
        let focus = warfighting ? 1 : p.humanitarianFactor
        let mitigation = (notified ? 1 - p.notificationMitigation : 1) * (observers ? 1 - p.observerMitigation : 1)
        let size = multilateral ? 1 + 0.2 * Double(state.regimeMember.count { $0 } - 2) : 1
        let host = organiser
        // Observers: the host's neighbour list (proximity ≥ 0.5) and, for a bilateral exercise, the
        // participants' rivals wherever they are — each visited once, so the cost is the number of
        // observers, not the number of states. Each observer's update touches only its own dyads, so
        // the order of visits does not change the result.
        let nearRange = Int(world.nearStart[host])..<Int(world.nearStart[host + 1])
        if multilateral {
            let base = p.threatScale * focus * mitigation * size
            for index in nearRange {
                let k = Int(world.near[index])
                if state.regimeMember[k] { continue }
                addThreat(&state, observer: k, from: organiser, base: base * world.proximity[host * n + k])
            }
            return
        }
        let base = p.threatScale * focus * mitigation
        for index in nearRange {
            let k = Int(world.near[index])
            if k == first || k == second { continue }
            threatenBoth(&state, observer: k, first: first, second: second, base: base * world.proximity[host * n + k])
        }
        for index in Int(world.rivalStart[first])..<Int(world.rivalStart[first + 1]) {
            let k = Int(world.rivals[index])
            let proximity = world.proximity[host * n + k]
            if k == second || proximity >= DefenseDiplomacyWorld.nearProximity { continue }
            threatenBoth(&state, observer: k, first: first, second: second, base: base * proximity)
        }
        for index in Int(world.rivalStart[second])..<Int(world.rivalStart[second + 1]) {
            let k = Int(world.rivals[index])
            let proximity = world.proximity[host * n + k]
            if k == first || proximity >= DefenseDiplomacyWorld.nearProximity || world.rivalry[k * n + first] {
                continue
            }
            threatenBoth(&state, observer: k, first: first, second: second, base: base * proximity)
        }
    }

    @inline(__always)
    func threatenBoth(_ state: inout DefenseDiplomacyState, observer k: Int, first: Int, second: Int, base: Double) {
        addThreat(&state, observer: k, from: first, base: base)
        addThreat(&state, observer: k, from: second, base: base)
    }

    @inline(__always)
    func addThreat(_ state: inout DefenseDiplomacyState, observer k: Int, from j: Int, base: Double) {
        let n = world.n
        let d = k * n + j
        let relative = world.capability[j] / (world.capability[j] + world.capability[k])
        state.threat[d] = min(1, state.threat[d] + base * relative * (1 - state.trust[d]))
    }

    /// The regime's multilateral exercises (`regime_exercise_rate` a year): every member takes part.
    func regimeExercise(_ state: inout DefenseDiplomacyState, random: inout Xoshiro256StarStar) {
        guard random.nextDouble() < p.regimeExerciseRate / 12 else { return }
        let n = world.n
        var members = 0
        for i in 0..<n where state.regimeMember[i] { members += 1 }
        guard members >= 2 else { return }
        var pick = random.nextInt(below: members)
        var organiser = 0
        for i in 0..<n where state.regimeMember[i] {
            if pick == 0 {
                organiser = i
                break
            }
            pick -= 1
        }
        // A multilateral exercise builds ties among all members, at a rate shared out among them.
        // Each directed dyad is updated once and independently of the others, so the pass runs row
        // by row (contiguous memory) rather than pair by pair.
        let scale = 2 / Double(members)
        let month = Int32(state.month)
        for i in 0..<n where state.regimeMember[i] {
            let row = i * n
            for j in 0..<n where j != i && state.regimeMember[j] {
                strengthen(&state, directed: row + j, .exercise, scale: scale)
                state.lastExercise[row + j] = month
            }
        }
        exercise(&state, organiser: organiser, first: -1, second: -1, multilateral: true, random: &random)
    }

    /// Major powers' warfighting exercises with a partner of their bloc (or any state) near third states.
    func greatPowerExercises(_ state: inout DefenseDiplomacyState, random: inout Xoshiro256StarStar) {
        let n = world.n
        guard n > 1 else { return }
        for major in 0..<n where world.isMajorPower[major] {
            guard random.nextDouble() < p.greatPowerExerciseRate else { continue }
            var partner = random.nextInt(below: n)
            for _ in 0..<4 where Int(world.patron[partner]) != major {
                partner = random.nextInt(below: n)
            }
            guard partner != major else { continue }
            strengthen(&state, major, partner, .exercise)
            exercise(
                &state, organiser: major, first: major, second: partner, multilateral: false, warfighting: true,
                notificationProbability: p.regimeBinding && state.regimeMember[major] ? 1 : p.greatPowerNotification,
                random: &random)
        }
    }

    /// Trust relaxes towards its initial level each month (threat relaxes in ``armsDynamics(_:)``,
    /// in the same pass as the arms equation reads it).
    ///
    /// One contiguous pass over raw buffers, so the compiler vectorises it; the arithmetic is the same
    /// expression, element for element, as a plain loop.
    func relax(_ state: inout DefenseDiplomacyState) {
        let decay = p.trustDecay
        world.trust.withUnsafeBufferPointer { initial in
            state.trust.withUnsafeMutableBufferPointer { trust in
                for d in 0..<trust.count { trust[d] += decay * (initial[d] - trust[d]) }
            }
        }
    }
}
