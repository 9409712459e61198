public import EntenteCore
public import EntenteNetwork

/// Which ties a year's layers hold and how they are weighted: the options every year-based network
/// question shares. Front ends map their flags into it; ``layerOptions()`` validates.
public struct NetworkLayerParameters: Sendable, Hashable {
    /// Obligation types that make an alliance tie; nil for all five.
    public var allianceTypes: Set<ObligationType>?
    /// Weight each exercise by its domains (cpx 0.5, cyber 0.75, others 1).
    public var weightByDomain: Bool
    /// Weight each exercise by its purpose (warfighting 1 … humanitarian 0.3).
    public var weightByPurpose: Bool
    /// Security organisations of the organisation layer, by code; nil for the default list.
    public var organisations: [String]?
    /// Weights of the combined layer; nil for the defaults.
    public var combinationWeights: [NetworkLayer: Double]?
    /// Alliance weights by obligation type; nil for the defaults (defence 3 … consultation 1).
    /// Types not named keep their default.
    public var obligationWeights: [ObligationType: Double]?
    /// Alliance weights by obligation type in the alignment layer blocs are found on; nil for the
    /// defaults (defence and offence 3, the others 0). Types not named keep their default.
    public var blocObligationWeights: [ObligationType: Double]?
    /// Weights of organisations by code; nil for the defaults by kind. Codes not named keep theirs.
    public var organisationWeights: [String: Double]?
    /// How much hostility subtracts in the signed network; nil for the default 1.
    public var hostilityWeight: Double?
    /// Share each exercise among its participant pairs (1/(k − 1)); default true.
    public var exerciseSizeNormalised: Bool
    /// Halve an exercise's weight per year between its end and 31 December; default true.
    public var exerciseRecency: Bool

    public init(
        allianceTypes: Set<ObligationType>? = nil, weightByDomain: Bool = false, weightByPurpose: Bool = false,
        organisations: [String]? = nil, combinationWeights: [NetworkLayer: Double]? = nil,
        obligationWeights: [ObligationType: Double]? = nil, blocObligationWeights: [ObligationType: Double]? = nil,
        organisationWeights: [String: Double]? = nil, hostilityWeight: Double? = nil,
        exerciseSizeNormalised: Bool = true, exerciseRecency: Bool = true
    ) {
        self.allianceTypes = allianceTypes
        self.weightByDomain = weightByDomain
        self.weightByPurpose = weightByPurpose
        self.organisations = organisations
        self.combinationWeights = combinationWeights
        self.obligationWeights = obligationWeights
        self.blocObligationWeights = blocObligationWeights
        self.organisationWeights = organisationWeights
        self.hostilityWeight = hostilityWeight
        self.exerciseSizeNormalised = exerciseSizeNormalised
        self.exerciseRecency = exerciseRecency
    }

    /// The layer builder's options.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` when a list is empty, a weight is negative or not
    ///   finite, no combined layer has a positive weight, or a layer that cannot be combined has one.
    public func layerOptions() throws(EntenteError) -> WorldLayers.Options {
        var options = WorldLayers.Options()
        if let allianceTypes {
            guard !allianceTypes.isEmpty else {
                throw EntenteError(
                    .invalidInput,
                    "No obligation type is named for the alliance layer; use "
                        + ObligationType.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            options.obligationTypes = allianceTypes
        }
        if weightByDomain { options.domainWeights = WorldLayers.Options.defaultDomainWeights }
        if weightByPurpose { options.purposeWeights = WorldLayers.Options.defaultPurposeWeights }
        if let organisations {
            let codes = organisations.map { $0.uppercased() }.filter { !$0.isEmpty }
            guard !codes.isEmpty else {
                throw EntenteError(.invalidInput, "No security organisation is named for the organisation layer.")
            }
            options.organisations = codes
        }
        if let combinationWeights {
            for (layer, weight) in combinationWeights.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                guard weight.isFinite, weight >= 0 else {
                    throw EntenteError(
                        .invalidInput, "The \(layer.rawValue) layer's weight is \(weight); weights must be at least 0.")
                }
            }
            guard combinationWeights.values.contains(where: { $0 > 0 }) else {
                throw EntenteError(.invalidInput, "The combination weights give no layer a positive weight.")
            }
            options.combinationWeights = combinationWeights
        }
        for (type, w) in obligationWeights ?? [:] { options.obligationWeights[type] = w }
        for (type, w) in blocObligationWeights ?? [:] { options.blocObligationWeights[type] = w }
        for (code, w) in organisationWeights ?? [:] { options.organisationWeights[code.uppercased()] = w }
        if let hostilityWeight { options.hostilityWeight = hostilityWeight }
        options.exerciseSizeNormalised = exerciseSizeNormalised
        if !exerciseRecency { options.exerciseHalfLifeDays = nil }
        // The builder checks what is left: weights of layers that cannot be combined.
        try WorldLayers.validate(options)
        return options
    }
}
