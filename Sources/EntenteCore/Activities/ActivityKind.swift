/// The instruments of defense diplomacy.
public enum ActivityKind: String, Hashable, Sendable, Codable, CaseIterable {
    case exercise
    case dialogue
    case exchangeEducation = "exchange_education"
    case peacekeeping
    case capacityBuilding = "capacity_building"
    case intelligenceSharing = "intelligence_sharing"
    case portVisit = "port_visit"
    case cbmNotification = "cbm_notification"
    case agreement
}
