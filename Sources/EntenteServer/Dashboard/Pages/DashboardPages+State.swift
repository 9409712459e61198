import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore
import Foundation
import Hummingbird

extension DashboardPages {
    /// Choose a state: a search box, and the year's states by region.
    func stateIndex(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) async throws -> Response {
        let q = APIRequest(request, context)
        if let name = q.text("state") {
            let state = try await services.state(name)
            return Self.redirect("/state/" + PageContext.encode(state.displayCode))
        }
        let years = Services.coverage.worldYears
        let year = try q.int("year", in: years.lowerBound...years.upperBound) ?? defaultYear
        let report = try await services.states(asOf: Day.endOfYear(year))
        var body: [HTML.Node] = [
            HTML.el(
                "form", [("method", "get"), ("action", "/state"), ("class", "inline")],
                [
                    HTML.field(
                        c.t(.fieldState), for: "state",
                        HTML.input("state", value: nil, extra: [("required", "required")]), hint: c.t(.stateHint)),
                    HTML.text("button", [("type", "submit")], c.t(.show)),
                ]),
            HTML.text("h2", c.t(.stateListHeading, ["year": String(year)])),
        ]
        if report.carriedForward {
            body.append(
                HTML.p(c.t(.carriedForward, ["day": report.coverage.observedUntil.iso]), [("class", "coverage")]))
        }
        for region in Region.allCases {
            let states = report.states.filter { $0.region == region }.sorted { $0.name < $1.name }
            guard !states.isEmpty else { continue }
            body.append(HTML.text("h3", regionName(c, region)))
            body.append(
                HTML.el(
                    "ul", [("class", "columns")],
                    states.map { s in
                        HTML.el(
                            "li", [],
                            [
                                HTML.link(
                                    "/state/\(PageContext.encode(s.displayCode))?year=\(year)",
                                    "\(s.name) (\(s.displayCode))")
                            ])
                    }))
        }
        return Layout.page(
            c, title: c.t(.stateIndexTitle), section: .state, body: body,
            sources: [c.coverage(c.t(.sourceStates), report.coverage)])
    }

    /// A state's profile: memberships, obligations, partners, position, hedging and dominance over time.
    func state(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) async throws -> Response {
        let q = APIRequest(request, context)
        let name = try q.path("state")
        let years = Services.coverage.worldYears
        let year = try q.int("year", in: years.lowerBound...years.upperBound) ?? defaultYear
        let from = try q.int("from", in: years.lowerBound...year) ?? max(years.lowerBound, year - 4)
        let report = try await services.profile(state: name, asOf: Day.endOfYear(year))
        let network = try await services.networkProfile(state: name, from: from, to: year)
        let p = report.profile
        let k = report.coverage
        var body: [HTML.Node] = [
            HTML.el(
                "form",
                [
                    ("method", "get"), ("action", "/state/" + PageContext.encode(p.state.displayCode)),
                    ("class", "inline"),
                ],
                [
                    HTML.field(
                        c.t(.fieldYear), for: "year",
                        HTML.input(
                            "year", type: "number", value: String(year),
                            extra: [("min", String(years.lowerBound)), ("max", String(years.upperBound))])),
                    HTML.field(
                        c.t(.fieldFrom), for: "from",
                        HTML.input(
                            "from", type: "number", value: String(from),
                            extra: [("min", String(years.lowerBound)), ("max", String(year))])),
                    HTML.text("button", [("type", "submit")], c.t(.show)),
                ]),
            HTML.el(
                "dl", [("class", "facts")],
                [
                    HTML.text("dt", c.t(.codes)),
                    HTML.text(
                        "dd",
                        "ISO \(p.state.iso3 ?? c.t(.unknown)) · COW \(p.state.cow.rawValue) \(p.state.cowAbbreviation)"),
                    HTML.text("dt", c.t(.fieldRegion)), HTML.text("dd", regionName(c, p.state.region)),
                    HTML.text("dt", c.t(.inSystem)), HTML.text("dd", c.truth(p.inSystem)),
                    HTML.text("dt", c.t(.majorPower)), HTML.text("dd", c.truth(p.isMajorPower)),
                    HTML.text("dt", c.t(.cinc)),
                    HTML.text(
                        "dd",
                        p.capability.map { c.number($0.cinc, digits: 4) + " (\($0.year))" }
                            ?? (c.unknownAfter(k.capabilities, year: year) ?? c.t(.unknown))),
                ]),
        ]
        // Memberships.
        body.append(HTML.text("h2", c.t(.membershipsHeading)))
        let security = Set(report.securityOrganisations)
        if p.memberships.isEmpty {
            body.append(HTML.p(c.t(.noneRecorded)))
        } else {
            // Security and defence bodies in full; the other organisations folded away.
            func rows(_ list: [StateProfile.Membership]) -> [[HTML.Node]] {
                list.sorted { $0.name < $1.name }.map { m in
                    let status = m.status + (m.carriedForward ? " — " + c.t(.carriedForwardShort) : "")
                    let since = m.sincePrecision == .year ? String(m.since.year) : m.since.iso
                    return [.text("\(m.name) (\(m.organisation))"), .text(status), .text(since), .text(m.source)]
                }
            }
            let header = [c.t(.colOrganisation), c.t(.colStatus), c.t(.colSince), c.t(.colSource)]
            let securityBodies = p.memberships.filter { security.contains($0.organisation) }
            let others = p.memberships.filter { !security.contains($0.organisation) }
            body.append(HTML.text("h3", c.t(.securityBodiesHeading)))
            body.append(securityBodies.isEmpty ? HTML.p(c.t(.noneRecorded)) : HTML.table(header, rows(securityBodies)))
            if !others.isEmpty {
                body.append(
                    HTML.el(
                        "details", [],
                        [
                            HTML.text("summary", c.t(.otherOrganisations, ["count": String(others.count)])),
                            HTML.table(header, rows(others)),
                        ]))
            }
        }
        // Alliance obligations.
        body.append(HTML.text("h2", c.t(.obligationsHeading, ["year": String(year)])))
        if !p.alliances.covered {
            body.append(
                HTML.p(
                    (c.unknownAfter(k.alliances, year: year) ?? c.t(.unknown)) + " — " + p.alliances.coverage,
                    [("class", "coverage")]))
        } else if p.alliances.obligations.isEmpty {
            body.append(HTML.p(c.t(.noObligations)))
        } else {
            body.append(
                HTML.table(
                    [c.t(.colPartner), c.t(.colOwes), c.t(.colOwed), c.t(.colAtop)],
                    p.alliances.obligations.map { o in
                        [
                            stateLink(o.partner.displayCode, o.partner), .text(o.owes.joined(separator: ", ")),
                            .text(o.owed.joined(separator: ", ")),
                            .text(o.atopIDs.map(String.init).joined(separator: ", ")),
                        ]
                    }))
        }
        // Exercise partners.
        body.append(
            HTML.text(
                "h2",
                c.t(
                    .partnersHeading,
                    ["from": String(k.exerciseYears.lowerBound), "to": String(k.exerciseYears.upperBound)])))
        if let gap = c.unknownAfter(k.exercises, year: year) {
            body.append(HTML.p(c.t(.exercisesGap, ["gap": gap]), [("class", "coverage")]))
        }
        if p.exercisePartners.isEmpty {
            body.append(HTML.p(c.t(.noneRecorded)))
        } else {
            body.append(
                HTML.table(
                    [c.t(.colPartner), c.t(.colActivities)],
                    p.exercisePartners.prefix(25).map {
                        [stateLink($0.state.displayCode, $0.state), .text(String($0.activities))]
                    }))
        }
        // Treaties.
        if !p.treaties.isEmpty {
            body.append(HTML.text("h2", c.t(.treatiesHeading)))
            body.append(
                HTML.textTable(
                    [c.t(.colTreaty), c.t(.colStatus), c.t(.colSince)],
                    p.treaties.map { [$0.treaty, $0.status.rawValue, ($0.joined ?? $0.signed)?.iso ?? c.t(.unknown)] }))
        }
        // UN peacekeeping: the stated month-end totals only; a month without one is unknown.
        body.append(HTML.text("h2", c.t(.peacekeepingHeading)))
        let peacekeeping = report.peacekeeping
        body.append(
            HTML.p(
                c.t(.peacekeepingPartial, ["months": String(peacekeeping.monthsKnown)]), [("class", "coverage")]))
        if !peacekeeping.totals.isEmpty {
            body.append(
                HTML.table(
                    [c.t(.colMonthEnd), c.t(.colPersonnel), c.t(.colSource)],
                    peacekeeping.totals.map { entry in
                        let provenance = entry.contribution.provenance
                        // The page's site names the source better than the curated file's label does.
                        let source: HTML.Node =
                            provenance.sourceURL.map { HTML.link($0, URL(string: $0)?.host() ?? $0) }
                            ?? .text(provenance.source)
                        return [
                            .text(entry.contribution.asOf.iso), .text(c.integer(entry.contribution.personnel)), source,
                        ]
                    }))
        }
        // Disputes.
        body.append(
            HTML.text(
                "h2",
                c.t(
                    .disputesHeading,
                    ["from": String(k.disputeYears.lowerBound), "to": String(k.disputeYears.upperBound)])))
        let disputeGap = c.unknownAfter(k.disputes, year: year)
        if let disputeGap { body.append(HTML.p(disputeGap, [("class", "coverage")])) }
        if p.disputes.isEmpty {
            // "None recorded" only where the source looked: a window wholly past MID says unknown.
            if disputeGap == nil || k.disputeYears.lowerBound <= k.disputes.lastYear {
                body.append(HTML.p(c.t(.noneRecorded)))
            }
        } else {
            body.append(
                HTML.table(
                    [c.t(.colYear), c.t(.colOpponent), c.t(.colHostility)],
                    p.disputes.map {
                        [
                            .text(String($0.year)), stateLink($0.opponent.displayCode, $0.opponent),
                            .text(c.integer($0.hostility)),
                        ]
                    }))
        }
        // Position over time.
        body.append(HTML.text("h2", c.t(.positionHeading, ["from": String(from), "to": String(year)])))
        body.append(HTML.p(c.t(.positionIntro, ["a": network.blocA, "b": network.blocB])))
        let xs = network.years.map { Double($0.year) }
        body.append(
            LineChart(
                title: c.t(.positionChartTitle), x: xs,
                series: [
                    .init(name: c.t(.colHedging), colour: "#1f5fa8", values: network.years.map(\.hedgingIndex)),
                    .init(name: c.t(.colBlocBalance), colour: "#c60", values: network.years.map(\.blocBalance)),
                    .init(name: c.t(.colMajorShare), colour: "#176117", values: network.years.map(\.majorPowerShare)),
                    .init(name: c.t(.colPartnerHhi), colour: "#7a3fb0", values: network.years.map(\.partnerHhi)),
                ], yRange: -1...1
            ).svg())
        body.append(
            HTML.table(
                [
                    c.t(.colYear), c.t(.colDegree), c.t(.colStrength), c.t(.colEigenvector), c.t(.colHedging),
                    c.t(.colBlocBalance), c.t(.colMajorShare), c.t(.colPartnerHhi), c.t(.colLayers),
                ],
                network.years.map { y in
                    guard y.inSystem else {
                        return [.text(String(y.year)), .text(c.t(.notInSystem))]
                            + Array(repeating: HTML.Node.text(c.t(.unknown)), count: 7)
                    }
                    return [
                        .text(String(y.year)), .text(c.integer(y.degree)), .text(c.number(y.strength)),
                        .text(c.number(y.eigenvector, digits: 3)), .text(c.number(y.hedgingIndex)),
                        .text(c.number(y.blocBalance)), .text(c.number(y.majorPowerShare)),
                        .text(c.number(y.partnerHhi)),
                        .text(
                            y.layers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
                        ),
                    ]
                }))
        let sources = [
            c.coverage(c.t(.sourceStates), Services.coverage.states),
            c.coverage(c.t(.sourceCapabilities), k.capabilities),
            c.coverage(c.t(.sourceOrganisations), Services.coverage.organisations),
            c.coverage(c.t(.sourceAlliances), k.alliances), c.coverage(c.t(.sourceExercises), k.exercises),
            c.coverage(c.t(.sourceCurated), k.curatedActivities), c.coverage(c.t(.sourceDisputes), k.disputes),
            c.coverage(c.t(.sourceMajorPowers), k.majorPowers),
        ]
        return Layout.page(
            c, title: c.t(.stateTitle, ["name": p.state.name, "year": String(year)]), section: .state, body: body,
            sources: sources)
    }
}
