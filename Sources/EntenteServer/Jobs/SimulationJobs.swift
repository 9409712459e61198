public import EntenteCore
import EntenteServices
public import EntenteSim
import Foundation

/// The server's simulation jobs: a bounded number run at once, the rest wait in order; each can be
/// watched (progress events) and cancelled; finished jobs are kept for their results up to a limit.
public actor SimulationJobs {
    private var jobs: [String: SimulationJobStatus] = [:]
    private var order: [String] = []
    private var waiting: [(id: String, scenario: Scenario)] = []
    private var tasks: [String: Task<Void, Never>] = [:]
    private var watchers: [String: [UUID: AsyncStream<SimulationJobStatus>.Continuation]] = [:]
    private var running = 0
    private var counter = 0
    private let maxRunning: Int
    private let kept: Int
    private let threads: Int

    public init(maxRunning: Int, kept: Int, threadsPerJob: Int) {
        self.maxRunning = max(1, maxRunning)
        self.kept = max(1, kept)
        self.threads = max(1, threadsPerJob)
    }

    /// Queues a validated scenario; returns its status (queued, or running when a slot is free).
    public func submit(_ scenario: Scenario) -> SimulationJobStatus {
        counter += 1
        let id = String(format: "job-%06d", counter)
        jobs[id] = SimulationJobStatus(
            id: id, scenario: scenario.name, model: scenario.model.name, state: .queued, done: 0,
            total: scenario.replicates, submitted: Date(), error: nil, result: nil)
        order.append(id)
        waiting.append((id, scenario))
        dropOldFinished()
        startWaiting()
        return jobs[id]!
    }

    public func status(_ id: String) throws(EntenteError) -> SimulationJobStatus {
        guard let job = jobs[id] else {
            throw EntenteError(.notFound, "There is no simulation job '\(id)'; it may have expired.")
        }
        return job
    }

    /// Every job kept, newest first, without results.
    public func list() -> [SimulationJobStatus] {
        order.reversed().compactMap { jobs[$0]?.summary }
    }

    /// Stops a job: a queued one never starts, a running one starts no further replicate.
    public func cancel(_ id: String) throws(EntenteError) -> SimulationJobStatus {
        guard var job = jobs[id] else {
            throw EntenteError(.notFound, "There is no simulation job '\(id)'; it may have expired.")
        }
        if job.state == .queued {
            waiting.removeAll { $0.id == id }
            job.state = .cancelled
            jobs[id] = job
            publish(job)
        } else if job.state == .running {
            tasks[id]?.cancel()
        }
        return jobs[id]!
    }

    /// Status updates of a job until it is over, starting with its current status.
    public func watch(_ id: String) throws(EntenteError) -> AsyncStream<SimulationJobStatus> {
        let current = try status(id).summary
        let (stream, continuation) = AsyncStream<SimulationJobStatus>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.yield(current)
        if current.isOver {
            continuation.finish()
        } else {
            let key = UUID()
            watchers[id, default: [:]][key] = continuation
            continuation.onTermination = { [weak self] _ in
                Task { await self?.unwatch(id, key) }
            }
        }
        return stream
    }

    private func unwatch(_ id: String, _ key: UUID) {
        watchers[id]?[key] = nil
    }

    private func startWaiting() {
        while running < maxRunning, !waiting.isEmpty {
            let (id, scenario) = waiting.removeFirst()
            running += 1
            update(id) { $0.state = .running }
            let threads = threads
            tasks[id] = Task { [weak self] in
                let outcome: Result<SimulationRunReport, EntenteError>
                do throws(EntenteError) {
                    outcome = .success(
                        try await Services.runCancellableSimulation(scenario: scenario, threads: threads) {
                            [weak self] done, total in
                            Task { await self?.progress(id, done: done, total: total) }
                        })
                } catch {
                    outcome = .failure(error)
                }
                await self?.finish(id, outcome)
            }
        }
    }

    private func progress(_ id: String, done: Int, total: Int) {
        guard jobs[id]?.state == .running, (jobs[id]?.done ?? 0) < done else { return }
        update(id) {
            $0.done = done
            $0.total = total
        }
    }

    private func finish(_ id: String, _ outcome: Result<SimulationRunReport, EntenteError>) {
        running -= 1
        tasks[id] = nil
        update(id) { job in
            switch outcome {
            case .success(let report):
                job.state = .finished
                job.done = job.total
                job.result = report
            case .failure(let error) where error.code == .cancelled:
                job.state = .cancelled
            case .failure(let error):
                job.state = .failed
                job.error = error.message
            }
        }
        startWaiting()
    }

    private func update(_ id: String, _ change: (inout SimulationJobStatus) -> Void) {
        guard var job = jobs[id] else { return }
        change(&job)
        jobs[id] = job
        publish(job)
    }

    private func publish(_ job: SimulationJobStatus) {
        for continuation in (watchers[job.id] ?? [:]).values {
            continuation.yield(job.summary)
            if job.isOver { continuation.finish() }
        }
        if job.isOver { watchers[job.id] = nil }
    }

    private func dropOldFinished() {
        let finished = order.filter { jobs[$0]?.isOver == true }
        for id in finished.prefix(max(0, finished.count - kept)) {
            jobs[id] = nil
            order.removeAll { $0 == id }
        }
    }
}
