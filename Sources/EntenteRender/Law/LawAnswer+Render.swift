import EntenteLaw
public import EntenteServices

extension LawAnswer {
    /// The answer as text.
    public func text() -> String {
        switch self {
        case .situation(let report): report.text()
        case .customaryLaw(let report): report.text()
        }
    }

    /// The answer as a standalone HTML page.
    public func html() -> String {
        switch self {
        case .situation(let report): report.html()
        case .customaryLaw(let report): report.html()
        }
    }
}
