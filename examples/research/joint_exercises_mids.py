#!/usr/bin/env python3
"""Do joint military exercises predict fewer militarized disputes? An analysis no panel tool could
run before: the MME exercise record (1980–2010) joined to politically relevant dyad-years with the
Bremer (1992) controls, in one Entente panel.

Export the panel first (non-directed, politically relevant dyad-years, 1980–2010):

    entente data panel --unit dyad-year --from 1980 --to 2010 --prd \
      --with disputes,contiguity,majors,capabilities,democracy,alliances,peace-years,exercises \
      -o prd-1980-2010.csv --codebook prd-1980-2010-codebook.md
    python3 examples/research/joint_exercises_mids.py prd-1980-2010.csv

Design:
- Outcome: MID onset in the dyad-year (COW MID 5; ongoing years are kept, as Bremer did).
- Exposure: joint MME exercises in the *previous* year (both states taking part), so that an
  exercise cannot be the answer to a dispute that began the same year; as a count (log(1 + n)) and
  as "any exercise". The first year of each dyad has no lag and is dropped.
- Controls: land contiguity, major power in the dyad, log capability ratio, the lower V-Dem
  polyarchy, an ATOP defence pact, and the cubic of peace-years (Carter and Signorino 2010).
- Logistic regression with standard errors clustered on the dyad.
Needs pandas and statsmodels. Prints the models and a summary table of odds ratios.

What this cannot show: exercises are chosen — states exercise with partners they already trust —
so a negative coefficient is an association conditional on the controls, not an effect. The
defence-pact control absorbs part of that selection; model 3 also drops allied dyads.
"""
import sys

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from dyad_variables import BREMER_TERMS, add_bremer_variables

CONTROLS = " + ".join(BREMER_TERMS)


def prepare(path):
    d = add_bremer_variables(pd.read_csv(path))
    d["dyad"] = d.ccode1 * 1000 + d.ccode2
    d = d.sort_values(["dyad", "year"])
    previous = d.groupby("dyad")[["year", "mme_exercises"]].shift(1)
    # A lag only from the year just before (a dyad can leave and re-enter the system).
    lagged = previous.mme_exercises.where(previous.year == d.year - 1)
    d["exercises_lag"] = lagged
    d["log_exercises_lag"] = np.log1p(lagged)
    d["any_exercise_lag"] = (lagged > 0).astype(float).where(lagged.notna())
    return d


def fit(d, exposure, subset=None, label="", controls=CONTROLS):
    variables = ["mid_onset"] + BREMER_TERMS
    if exposure:
        variables.append(exposure)
    m = d[variables + ["dyad"]].replace([np.inf, -np.inf], np.nan).dropna()
    if subset is not None:
        m = m[subset(m)]
    formula = "mid_onset ~ " + controls + (f" + {exposure}" if exposure else "")
    result = smf.logit(formula, data=m).fit(disp=False, cov_type="cluster", cov_kwds={"groups": m.dyad})
    print(f"\n=== {label}: {len(m)} dyad-years, {int(m.mid_onset.sum())} MID onsets, "
          f"{m.dyad.nunique()} dyads")
    print(result.summary().tables[1])
    return result, m


def main(path):
    d = prepare(path)
    print(f"politically relevant dyad-years in the file: {len(d)}; with a lagged exercise count: "
          f"{int(d.exercises_lag.notna().sum())}; with any joint exercise the year before: "
          f"{int((d.exercises_lag > 0).sum())}")
    rows = []
    unallied = CONTROLS.replace(" + alliance", "")
    for label, exposure, subset, controls in [
        ("Model 1: Bremer controls only", None, None, CONTROLS),
        ("Model 2: + log(1 + joint exercises the year before)", "log_exercises_lag", None, CONTROLS),
        ("Model 3: + any joint exercise the year before", "any_exercise_lag", None, CONTROLS),
        ("Model 4: model 3 without allied dyads", "any_exercise_lag", lambda m: m.alliance == 0, unallied),
    ]:
        result, m = fit(d, exposure, subset, label, controls)
        if exposure:
            b, se, p = result.params[exposure], result.bse[exposure], result.pvalues[exposure]
            lo, hi = result.conf_int().loc[exposure]
            rows.append((label, exposure, len(m), int(m.mid_onset.sum()), b, se, np.exp(b), np.exp(lo), np.exp(hi), p))
    print("\nSummary: the exercise term (odds ratios with 95% intervals, clustered on the dyad)")
    print(f"{'model':55s} {'n':>7s} {'onsets':>6s} {'coef':>8s} {'se':>7s} {'OR':>6s} {'95% CI':>15s} {'p':>8s}")
    for label, exposure, n, onsets, b, se, odds, lo, hi, p in rows:
        print(f"{label:55s} {n:7d} {onsets:6d} {b:8.3f} {se:7.3f} {odds:6.2f} [{lo:5.2f}, {hi:5.2f}] {p:8.4f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "prd-1980-2010.csv")
