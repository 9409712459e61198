public import EntenteCore
public import EntenteServices
public import Hummingbird

/// The dashboard: server-rendered pages over the same services as the API.
public struct Dashboard: Sendable {
    let services: Services
    let jobs: SimulationJobs
    let configuration: ServerConfiguration

    public init(services: Services, jobs: SimulationJobs, configuration: ServerConfiguration) throws(EntenteError) {
        self.services = services
        self.jobs = jobs
        self.configuration = configuration
    }

    public func register(on router: Router<BasicRequestContext>, guardian: AccessGuard) {}
}
