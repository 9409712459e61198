import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore

/// `entente data show STATE [--as-of DATE]`
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Profile a state on a date: codes, region, capabilities, memberships, alliances, UN peacekeeping, exercise partners, disputes."
    )

    @Argument(help: "The state: ISO alpha-3 (IDN), COW abbreviation (INS) or number (850), or a name (Indonesia).")
    var state: String

    @Option(name: .customLong("as-of"), help: "The date, YYYY-MM-DD (default: the state system's last observed day).")
    var asOf: Day?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let report = try await storeOptions.services().profile(
            state: state, asOf: asOf ?? Services.defaultDay)
        switch output.format {
        case .json: print(try EntenteJSON.string(report))
        case .csv: print(ProfileText.csv(report.profile, peacekeeping: report.peacekeeping))
        case .text: print(ProfileText.render(report))
        }
    }
}

/// The human renderings of a ``ProfileReport``.
enum ProfileText {
    static func csv(_ profile: StateProfile, peacekeeping: PeacekeepingReport? = nil) -> String {
        var table = TextTable(["section", "item", "detail"])
        for membership in profile.memberships {
            table.append(["membership", membership.organisation, "\(membership.status) since \(since(membership))"])
        }
        for item in profile.alliances.obligations {
            table.append(["alliance", item.partner.displayCode, item.owes.joined(separator: ";")])
        }
        for partner in profile.exercisePartners {
            table.append(["exercise_partner", partner.state.displayCode, String(partner.activities)])
        }
        for dispute in profile.disputes {
            table.append(["dispute", dispute.opponent.displayCode, "MID \(dispute.dispute) (\(dispute.year))"])
        }
        for entry in peacekeeping?.totals ?? [] {
            let row = entry.contribution
            table.append(["un_peacekeeping", row.asOf.iso, "\(row.personnel) (\(row.sourceURL ?? row.source))"])
        }
        return table.csv()
    }

    static func since(_ membership: StateProfile.Membership) -> String {
        switch membership.sincePrecision {
        case .year: String(membership.since.year)
        case .unknown: "date unknown"
        case .day, .month: membership.since.iso
        }
    }

    static func render(_ report: ProfileReport) -> String {
        let profile = report.profile
        let coverage = report.coverage
        let state = profile.state
        var lines: [String] = []
        lines.append("\(state.name) — as of \(profile.asOf)")
        lines.append(
            "Codes: ISO \(state.iso3 ?? "–")/\(state.iso2 ?? "–"), COW \(state.cowAbbreviation) \(state.cow), "
                + "Gleditsch–Ward \(state.gleditschWard.map(String.init).joined(separator: ", "))")
        lines.append(
            "Region: \(state.region.title) · in the state system: \(word(profile.inSystem)) · major power (COW): \(word(profile.isMajorPower))"
        )
        if let capability = profile.capability {
            var parts: [String] = []
            if let milex = capability.militaryExpenditure {
                parts.append("military expenditure \(Int(milex)) thousand")
            }
            if let milper = capability.militaryPersonnel { parts.append("personnel \(Int(milper)) thousand") }
            if let cinc = capability.cinc { parts.append("CINC \(NumberText.fixed(cinc, 5))") }
            lines.append("Capabilities \(capability.year) (COW NMC 7): " + parts.joined(separator: ", "))
        } else {
            lines.append(
                "Capabilities: unknown for \(profile.asOf.year) (COW NMC 7 covers \(coverage.capabilities.text))")
        }
        if let polyarchy = profile.polyarchy {
            lines.append("V-Dem electoral democracy: \(NumberText.fixed(polyarchy, 3))")
        }

        lines.append("")
        // Security and defence bodies in full; every other organisation by code only, so the profile
        // stays readable for states in a hundred IGOs.
        let security = Set(report.securityOrganisations)
        let defence = profile.memberships.filter { security.contains($0.organisation) }
        let other = profile.memberships.filter { !security.contains($0.organisation) }
        lines.append("Security and defence organisations (\(defence.count)):")
        var memberships = TextTable(["organisation", "status", "since", "source"])
        for item in defence {
            memberships.append([
                "\(item.organisation) — \(item.name)", item.status, since(item),
                item.source + (item.carriedForward ? " (carried forward)" : ""),
            ])
        }
        lines.append(defence.isEmpty ? "  none recorded" : memberships.render())
        if !other.isEmpty {
            lines.append("Other organisations (\(other.count); `--format json` lists them in full):")
            lines.append("  " + other.map(\.organisation).joined(separator: ", "))
        }

        lines.append("")
        let alliances = profile.alliances
        lines.append("Alliance obligations \(alliances.year) (\(alliances.coverage)):")
        var allianceTable = TextTable(["partner", "owes", "is owed"])
        for item in alliances.obligations {
            allianceTable.append([
                item.partner.name, item.owes.joined(separator: ", "), item.owed.joined(separator: ", "),
            ])
        }
        lines.append(alliances.obligations.isEmpty ? "  none recorded" : allianceTable.render())

        if !profile.treaties.isEmpty {
            lines.append("")
            lines.append("Treaties:")
            for treaty in profile.treaties {
                var text = "  \(treaty.treaty): \(treaty.status.rawValue)"
                if let joined = treaty.joined { text += " since \(joined)" }
                if let withdrawn = treaty.withdrawn { text += ", withdrew \(withdrawn)" }
                lines.append(text)
            }
        }

        lines.append("")
        lines += PeacekeepingText.section(report.peacekeeping)

        lines.append("")
        let exerciseYears = coverage.exerciseYears
        lines.append("Exercise partners, \(exerciseYears.lowerBound)–\(exerciseYears.upperBound):")
        if profile.exercisePartners.isEmpty {
            lines.append(
                "  none recorded (MME covers \(coverage.exercises.text); curated activities "
                    + "\(coverage.curatedActivities.text), partial)")
        } else {
            lines.append(
                "  "
                    + profile.exercisePartners.prefix(15).map { "\($0.state.displayCode) ×\($0.activities)" }.joined(
                        separator: ", "))
        }
        if !profile.recentActivities.isEmpty {
            lines.append("Recent activities:")
            for activity in profile.recentActivities.reversed() {
                lines.append("  \(activity.period.start)  \(activity.kind.rawValue)  \(activity.name)")
            }
        }
        lines.append("")
        let disputeYears = coverage.disputeYears
        lines.append(
            "Militarized disputes, \(disputeYears.lowerBound)–\(disputeYears.upperBound) "
                + "(MID 5 covers \(coverage.disputes.text)):")
        if profile.disputes.isEmpty {
            let last = coverage.disputes.lastYear
            if disputeYears.lowerBound > last {
                lines.append("  unknown: the dispute data end in \(last)")
            } else if disputeYears.upperBound > last {
                lines.append(
                    "  none recorded in \(disputeYears.lowerBound)–\(last); \(last + 1)–\(disputeYears.upperBound) "
                        + "unknown (the data end in \(last))")
            } else {
                lines.append("  none recorded")
            }
        } else {
            for dispute in profile.disputes.prefix(12) {
                lines.append(
                    "  MID \(dispute.dispute) with \(dispute.opponent.name) in \(dispute.year)"
                        + (dispute.hostility.map { ", hostility \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func word(_ truth: Truth) -> String {
        switch truth {
        case .yes: "yes"
        case .no: "no"
        case .unknown: "unknown"
        }
    }
}
