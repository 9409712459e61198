/// Richardson's model of a two-state arms race.
///
/// Source: L. F. Richardson (1960), *Arms and Insecurity*, Boxwood Press; the standard statement is
/// in M. D. Intriligator (1964), "Some Simple Models of Arms Races", *General Systems* 9. The arms
/// levels x and y of two states evolve by
///
///     dx/dt = k·y − a·x + g,    dy/dt = l·x − b·y + h
///
/// with reaction (defence) coefficients k, l > 0, fatigue (expense) coefficients a, b > 0 and
/// grievances g, h. When a·b ≠ k·l the unique equilibrium is
///
///     x* = (k·h + b·g) / (a·b − k·l),   y* = (l·g + a·h) / (a·b − k·l)
///
/// and, for a, b > 0, it is stable exactly when a·b > k·l ("mutual restraint outweighs mutual fear");
/// otherwise the race runs away (or disarms, by the sign of the initial deviation). The continuous
/// model is integrated with the classical fourth-order Runge–Kutta method; the discrete model is the
/// difference equation x′ = x + k·y − a·x + g, y′ = y + l·x − b·y + h, stable when both eigenvalues
/// of [[1 − a, k], [l, 1 − b]] lie inside the unit circle. Optional Gaussian shocks (standard
/// deviation `shock` per unit time, added after each step) turn a run into a stochastic replicate.
public struct RichardsonArmsRace: Sendable, Hashable, Codable {
    public var k: Double
    public var l: Double
    public var a: Double
    public var b: Double
    public var g: Double
    public var h: Double

    public init(k: Double, l: Double, a: Double, b: Double, g: Double, h: Double) {
        self.k = k
        self.l = l
        self.a = a
        self.b = b
        self.g = g
        self.h = h
    }

    /// The equilibrium (x*, y*), or `nil` when a·b = k·l (no unique equilibrium).
    public var equilibrium: (x: Double, y: Double)? {
        let det = a * b - k * l
        guard det != 0 else { return nil }
        return ((k * h + b * g) / det, (l * g + a * h) / det)
    }

    /// Whether the continuous model's equilibrium is asymptotically stable.
    ///
    /// The Jacobian [[−a, k], [l, −b]] has trace −(a + b) and determinant a·b − k·l, so both
    /// eigenvalues have negative real parts iff a + b > 0 and a·b > k·l.
    public var isStable: Bool { a + b > 0 && a * b > k * l }

    /// Whether the discrete model's equilibrium is asymptotically stable (Jury conditions for
    /// [[1 − a, k], [l, 1 − b]]: |det| < 1 and |trace| < 1 + det).
    public var isDiscreteStable: Bool {
        let tr = (1 - a) + (1 - b)
        let det = (1 - a) * (1 - b) - k * l
        return abs(det) < 1 && abs(tr) < 1 + det
    }

    @inline(__always)
    func derivative(_ x: Double, _ y: Double) -> (Double, Double) {
        (k * y - a * x + g, l * x - b * y + h)
    }

    /// One step of the continuous model by fourth-order Runge–Kutta.
    @inline(__always)
    public func rk4Step(x: Double, y: Double, dt: Double) -> (x: Double, y: Double) {
        let (k1x, k1y) = derivative(x, y)
        let (k2x, k2y) = derivative(x + 0.5 * dt * k1x, y + 0.5 * dt * k1y)
        let (k3x, k3y) = derivative(x + 0.5 * dt * k2x, y + 0.5 * dt * k2y)
        let (k4x, k4y) = derivative(x + dt * k3x, y + dt * k3y)
        return (
            x + dt / 6 * (k1x + 2 * k2x + 2 * k3x + k4x),
            y + dt / 6 * (k1y + 2 * k2y + 2 * k3y + k4y)
        )
    }

    /// One step of the discrete model.
    @inline(__always)
    public func discreteStep(x: Double, y: Double) -> (x: Double, y: Double) {
        (x + k * y - a * x + g, y + l * x - b * y + h)
    }

    /// A trajectory: `x[i]`, `y[i]` after `i` steps.
    public struct Trajectory: Sendable, Hashable {
        public var x: [Double]
        public var y: [Double]
    }

    /// Integrates the model for `steps` steps.
    ///
    /// - Parameters:
    ///   - x0: the first state's initial arms level; `y0` the second's.
    ///   - steps: number of steps.
    ///   - dt: step length (continuous model only; the discrete model's step is 1).
    ///   - discrete: whether to use the difference equation.
    ///   - shock: standard deviation of the Gaussian shock per unit time (0: deterministic).
    ///   - random: the stream for shocks; untouched when `shock` is 0.
    /// - Complexity: O(`steps`).
    public func integrate(
        x0: Double, y0: Double, steps: Int, dt: Double = 0.01, discrete: Bool = false, shock: Double = 0,
        random: inout Xoshiro256StarStar
    ) -> Trajectory {
        var xs = [Double](repeating: 0, count: steps + 1)
        var ys = [Double](repeating: 0, count: steps + 1)
        var x = x0
        var y = y0
        xs[0] = x
        ys[0] = y
        let scale = shock * (discrete ? 1 : dt.squareRoot())
        for i in 1...max(steps, 1) where steps > 0 {
            (x, y) = discrete ? discreteStep(x: x, y: y) : rk4Step(x: x, y: y, dt: dt)
            if shock > 0 {
                x += scale * random.nextGaussian()
                y += scale * random.nextGaussian()
            }
            xs[i] = x
            ys[i] = y
        }
        return Trajectory(x: xs, y: ys)
    }
}
