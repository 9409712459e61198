#!/usr/bin/env python3
"""The "dangerous dyads" design (Bremer 1992) on an Entente panel: a logistic regression of MID
onset on land contiguity, a major power in the dyad, the capability ratio, the lower democracy
score, an alliance, and the Carter–Signorino cubic of peace-years.

Export the panel first (non-directed dyad-years; add --prd for politically relevant dyads):

    entente data panel --unit dyad-year --from 1816 --to 2010 \
      --with disputes,contiguity,majors,capabilities,democracy,alliances,peace-years \
      -o dyads.csv --codebook dyads-codebook.md
    python3 examples/research/bremer_dangerous_dyads.py dyads.csv

Needs pandas and statsmodels (`pip install statsmodels`). Rows with a missing value in any model
variable are dropped (listwise), and the number kept is printed. Democracy is V-Dem's polyarchy
(the bundled data carry no Polity scores), so coefficients on it are not comparable in scale with
studies using Polity.
"""
import sys

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from dyad_variables import BREMER_TERMS, add_bremer_variables


def main(path):
    d = add_bremer_variables(pd.read_csv(path))
    variables = ["mid_onset"] + BREMER_TERMS
    m = d[variables].replace([np.inf, -np.inf], np.nan).dropna()
    print(f"dyad-years: {len(d)}, kept after listwise deletion: {len(m)}, onsets: {int(m.mid_onset.sum())}")
    fit = smf.logit("mid_onset ~ " + " + ".join(BREMER_TERMS),
                    data=m).fit(disp=False, cov_type="cluster",
                                cov_kwds={"groups": (d.loc[m.index, "ccode1"] * 1000 + d.loc[m.index, "ccode2"])})
    print(fit.summary())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dyads.csv")
