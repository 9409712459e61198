public import EntenteCore
import Foundation

/// A family of panel columns a researcher asks for with `--with`, drawn from one source.
public enum PanelGroup: String, Sendable, Codable, CaseIterable {
    case alliances, disputes, wars, contiguity, distance, capabilities, majors, democracy, rivalries, igos
    case exercises, agreements, affinity
    case peaceYears = "peace-years"
    /// Exercises each side held with the other side's strategic rivals (dyads only).
    case rivalExercises = "rival-exercises"
    /// Security organisations both belong to (the network layer's list).
    case securityOrgs = "security-orgs"
    /// ATOP obligations by type and direction (what ``alliances`` folds together).
    case obligations
    /// NPT, CTBT and TAC status of each state.
    case regimes
    /// Days of the year under a common ATOP alliance.
    case treatyDays = "treaty-days"

    /// The catalogue id of the dataset the columns come from; its span is the columns' coverage.
    public var sourceID: String {
        switch self {
        case .alliances: "atop-5.1"
        case .disputes, .peaceYears: "cow-mid-5"
        case .wars: "cow-war-4"
        case .contiguity: "cow-contiguity-3.2"
        case .distance: "capitals"
        case .capabilities: "cow-nmc-7"
        case .majors: "cow-majors-2016"
        case .democracy: "vdem-uds"
        case .rivalries: "td-rivalries"
        case .igos: "cow-igo-3"
        case .exercises: "mme-7"
        case .agreements: "entente-curated"
        case .affinity: "un-votes"
        case .rivalExercises: "mme-7"
        case .securityOrgs: "cow-igo-3"
        case .obligations: "atop-5.1"
        case .regimes: "entente-curated"
        case .treatyDays: "atop-4.01"
        }
    }

    /// Whether the group has columns for the unit: distance, vote affinity and rival exercises are
    /// dyadic; the state-day unit takes only the day-precise groups.
    public func applies(to unit: PanelUnit) -> Bool {
        switch unit {
        case .dyadYear, .directedDyadYear: true
        case .stateYear: self != .distance && self != .affinity && self != .rivalExercises
        case .stateDay: isDayPrecise
        }
    }

    /// Whether the group's state-level values are known to the day and so have `state-day` columns:
    /// security-organisation memberships, treaty status and ATOP alliance membership (4.01's member
    /// entry and exit days). The other sources are yearly.
    public var isDayPrecise: Bool { self == .securityOrgs || self == .regimes || self == .treatyDays }

    /// Groups named in a comma-separated list, in the order given, without repeats.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` naming an unknown group with the closest names.
    public static func parse(_ list: [String]) throws(EntenteError) -> [PanelGroup] {
        var groups: [PanelGroup] = []
        let names = allCases.map(\.rawValue)
        for raw in list.flatMap({ $0.split(separator: ",") }) {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
            if name.isEmpty { continue }
            let group = PanelGroup(rawValue: name) ?? (name == "peaceyears" ? .peaceYears : nil)
            guard let group else {
                let close = Suggestions.closest(to: name, in: names)
                let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: ", "))?"
                throw EntenteError(
                    .invalidInput,
                    "Unknown panel column '\(raw)'.\(hint) Columns: \(names.joined(separator: ", ")).")
            }
            if !groups.contains(group) { groups.append(group) }
        }
        return groups
    }
}
