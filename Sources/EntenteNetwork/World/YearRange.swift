public import EntenteCore

/// An inclusive range of years, for the `--from`/`--to` commands.
///
/// ```swift
/// let range = try YearRange(from: 1990, to: 1999)
/// for year in range.years { let day = WorldLayers.snapshotDay(forYear: year) … }
/// ```
public struct YearRange: Sendable, Hashable {
    /// The first year.
    public let from: Int
    /// The last year (inclusive).
    public let to: Int

    /// Validates and creates the range.
    ///
    /// - Parameters:
    ///   - from: the first year.
    ///   - to: the last year; defaults to `from`.
    ///   - limits: the years the data can answer for, if known.
    /// - Throws: ``EntenteError`` `.invalidInput` when `to` is before `from` or the range
    ///   leaves `limits`.
    public init(from: Int, to: Int? = nil, within limits: ClosedRange<Int>? = nil) throws(EntenteError) {
        let to = to ?? from
        guard from <= to else {
            throw EntenteError(.invalidInput, "The last year (\(to)) is before the first (\(from)).")
        }
        if let limits, from < limits.lowerBound || to > limits.upperBound {
            throw EntenteError(
                .invalidInput,
                "The years \(from)–\(to) leave the data's range \(limits.lowerBound)–\(limits.upperBound).")
        }
        self.from = from
        self.to = to
    }

    /// Every year in the range, ascending.
    public var years: ClosedRange<Int> { from...to }

    /// The number of years.
    public var count: Int { to - from + 1 }
}
