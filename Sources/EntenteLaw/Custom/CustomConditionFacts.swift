extension Judge {
    /// The facts each condition of a judgement used, for reports: the figures, the threshold it
    /// was held against, and the States or records counted (lists cut after twelve names).
    struct Facts {
        let rule: CustomRule
        let m: CustomMeasures
        let t: CustomThresholds
        let now: CustomMeasures.Point
        let crystallisation: Int?

        func used(by code: String) -> [CustomFact] {
            let f = CustomAssessment.fmt
            let asOf = rule.asOf
            switch code {
            case "GENERAL_PRACTICE":
                return [
                    CustomFact("practice_records", String(rule.practice.filter { $0.year <= asOf }.count)),
                    CustomFact("states_practising", names(m.rows.filter(\.practises).map(\.state))),
                    CustomFact("states_judged", String(m.universe.count)),
                    CustomFact("region_weighted_share", f(now.generality)),
                    CustomFact("unweighted_share", f(now.rawGenerality)),
                    CustomFact("thresholds.generality", f(t.generality)),
                ]
            case "SPECIALLY_AFFECTED_STATES":
                guard !rule.speciallyAffected.isEmpty else { return [] }
                return [
                    CustomFact("specially_affected_states", names(rule.speciallyAffected)),
                    CustomFact("share_practising", f(now.speciallyAffected)),
                    CustomFact("thresholds.specially_affected", f(t.speciallyAffected)),
                ]
            case "CONSISTENCY":
                let conforming = m.rows.reduce(0) { $0 + $1.conforming }
                let contrary = m.rows.reduce(0) { $0 + $1.contrary }
                let breaches = m.rows.reduce(0) { $0 + $1.contraryTreatedAsBreach }
                return [
                    CustomFact("conforming_acts", String(conforming)),
                    CustomFact("contrary_acts", String(contrary)),
                    CustomFact("contrary_acts_treated_as_breach", String(breaches)),
                    CustomFact("conforming_share", f(now.consistency)),
                    CustomFact("thresholds.consistency", f(t.consistency)),
                ]
            case "DURATION":
                return [
                    CustomFact("first_conforming_practice", m.firstPracticeYear.map(String.init) ?? "none"),
                    CustomFact("as_of", String(asOf)),
                    CustomFact("thresholds.duration_years", String(Int(t.durationYears))),
                ]
            case "OPINIO_JURIS":
                let share = rule.scope == .general ? t.opinioJuris : t.particularShare
                let acquiesced = m.rows.filter(\.acquiesced).map(\.state)
                var out = [
                    CustomFact("opinio_juris_records", String(rule.opinio.filter { $0.year <= asOf }.count)),
                    CustomFact(
                        "states_accepting",
                        names(
                            m.rows.filter {
                                CustomMeasures.weight(
                                    $0, resolutionWeight: t.resolutionWeight, treatyWeight: t.treatyWeight) > 0
                            }.map(\.state))),
                    CustomFact("form_weighted_share", f(now.acceptance)),
                    CustomFact(
                        rule.scope == .general ? "thresholds.opinio_juris" : "thresholds.particular_share", f(share)),
                    CustomFact("thresholds.resolution_weight", f(t.resolutionWeight)),
                    CustomFact("thresholds.treaty_weight", f(t.treatyWeight)),
                ]
                if !acquiesced.isEmpty { out.append(CustomFact("acceptance_by_acquiescence", names(acquiesced))) }
                return out
            case "RESOLUTION_EVIDENCE":
                guard !rule.resolutions.isEmpty else { return [] }
                return [
                    CustomFact(
                        "resolutions", rule.resolutions.map { "\($0.symbol) (\($0.year))" }.joined(separator: ", ")),
                    CustomFact("share_of_votes_in_favour", m.resolutionYesShare.map(f) ?? "n/a"),
                    CustomFact("thresholds.generality", f(t.generality)),
                ]
            case "TREATY_TO_CUSTOM_ROUTE":
                guard let treaty = rule.treaty else { return [] }
                return [
                    CustomFact("treaty", "\(treaty.treaty) (\(treaty.adopted))"),
                    CustomFact("share_of_states_parties", m.partyShare.map(f) ?? "n/a"),
                ]
            case "PERSISTENT_OBJECTOR":
                var out: [CustomFact] = []
                if let s = rule.stateConcerned { out.append(CustomFact("state_concerned", s)) }
                if !rule.objections.isEmpty {
                    out.append(
                        CustomFact(
                            "objections",
                            rule.objections.map { "\($0.state) since \($0.since)\($0.maintained ? "" : " (dropped)")" }
                                .joined(separator: ", ")))
                }
                out.append(CustomFact("crystallisation_year", crystallisation.map(String.init) ?? "none"))
                out.append(CustomFact("peremptory", rule.peremptory ? "true" : "false"))
                return out
            case "ACQUIESCENCE":
                let reactions = rule.reactions.filter { $0.year <= asOf }
                var out: [CustomFact] = []
                if let s = rule.stateConcerned { out.append(CustomFact("state_concerned", s)) }
                out.append(CustomFact("reaction_records", String(reactions.count)))
                out.append(
                    CustomFact(
                        "acquiescence_counted",
                        names(reactions.filter(\.countsAsAcquiescence).map { "\($0.state) on \($0.to) (\($0.year))" })))
                let uncounted = reactions.filter { !$0.protested && !$0.countsAsAcquiescence }
                if !uncounted.isEmpty {
                    out.append(
                        CustomFact(
                            "silence_not_counted",
                            names(uncounted.map { "\($0.state) on \($0.to) (\($0.year))" })))
                }
                let protests = reactions.filter(\.protested)
                if !protests.isEmpty {
                    out.append(CustomFact("protests", names(protests.map { "\($0.state) on \($0.to) (\($0.year))" })))
                }
                return out
            case "PARTICULAR_PRACTICE_AMONG_STATES_CONCERNED":
                guard rule.scope == .particular else { return [] }
                return [
                    CustomFact("states_concerned", names(rule.statesConcerned)),
                    CustomFact("thresholds.particular_share", f(t.particularShare)),
                ]
            case "ACCEPTANCE_BY_STATE_BOUND":
                guard rule.scope == .particular, let s = rule.stateConcerned else { return [] }
                return [CustomFact("state_concerned", s), CustomFact("states_concerned", names(rule.statesConcerned))]
            default:
                return []
            }
        }

        /// A list of names, cut after twelve so a rule over 190 States stays readable.
        private func names(_ list: [String]) -> String {
            guard !list.isEmpty else { return "none" }
            guard list.count > 12 else { return list.joined(separator: ", ") }
            return list.prefix(12).joined(separator: ", ") + " … and \(list.count - 12) more"
        }
    }
}
