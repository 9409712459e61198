import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

/// `entente data show STATE [--as-of DATE]`
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Profile a state on a date: codes, region, capabilities, memberships, alliances, exercise partners, disputes."
    )

    @Argument(help: "The state: ISO alpha-3 (IDN), COW abbreviation (INS) or number (850), or a name (Indonesia).")
    var state: String

    @Option(name: .customLong("as-of"), help: "The date, YYYY-MM-DD (default: 2024-12-31).")
    var asOf: Day = Day.endOfYear(2024)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let store = try storeOptions.open()
        let info = try await store.directory().resolve(state)
        let profile = try await store.profile(of: info.cow, asOf: asOf)
        switch output.format {
        case .json: print(try EntenteJSON.string(profile))
        case .csv:
            var table = TextTable(["section", "item", "detail"])
            for membership in profile.memberships {
                let since = membership.sincePrecision == .year ? String(membership.since.year) : membership.since.iso
                table.append(["membership", membership.organisation, "\(membership.status) since \(since)"])
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
            print(table.csv())
        case .text:
            print(ProfileText.render(profile))
        }
    }
}

/// The human rendering of a ``StateProfile``.
enum ProfileText {
    static func render(_ profile: StateProfile) -> String {
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
            if let cinc = capability.cinc { parts.append("CINC \(String(format: "%.5f", cinc))") }
            lines.append("Capabilities \(capability.year) (COW NMC 7): " + parts.joined(separator: ", "))
        } else {
            lines.append("Capabilities: unknown for \(profile.asOf.year) (COW NMC 7 ends in 2022)")
        }
        if let polyarchy = profile.polyarchy {
            lines.append("V-Dem electoral democracy: \(String(format: "%.3f", polyarchy))")
        }

        lines.append("")
        // Security and defence bodies in full (the network layer's list, plus the UN); every other
        // organisation by code only, so the profile stays readable for states in a hundred IGOs.
        let security = Set(WorldLayers.Options.defaultOrganisations + ["UN"])
        let (defence, other) = (
            profile.memberships.filter { security.contains($0.organisation) },
            profile.memberships.filter { !security.contains($0.organisation) }
        )
        lines.append("Security and defence organisations (\(defence.count)):")
        var memberships = TextTable(["organisation", "status", "since", "source"])
        for item in defence {
            memberships.append([
                "\(item.organisation) — \(item.name)", item.status,
                item.sincePrecision == .year ? String(item.since.year) : item.since.iso,
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
        lines.append("Exercise partners, \(profile.asOf.year - 4)–\(profile.asOf.year):")
        if profile.exercisePartners.isEmpty {
            lines.append("  none recorded (MME covers 1980–2010; curated activities 2011–2025)")
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
        lines.append("Militarized disputes, \(profile.asOf.year - 9)–\(profile.asOf.year) (MID 5 covers to 2014):")
        if profile.disputes.isEmpty {
            lines.append("  none recorded")
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
