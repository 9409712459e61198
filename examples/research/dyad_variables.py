"""The dangerous-dyads variables (Bremer 1992) from an Entente dyad-year panel, shared by the
research scripts here so that every analysis defines them the same way."""
import numpy as np

# The model's right-hand side: land contiguity, a major power in the dyad, log capability ratio,
# the lower V-Dem polyarchy, an ATOP defence pact, and the Carter–Signorino cubic of peace-years.
BREMER_TERMS = ["land", "major_dyad", "log_cap_ratio", "min_polyarchy", "alliance", "t", "t2", "t3"]


def add_bremer_variables(d):
    """Adds the model's variables to a panel read with pandas (missing stays missing)."""
    d["land"] = (d.conttype == 1).astype(float).where(d.conttype.notna())
    d["major_dyad"] = ((d.major1 == 1) | (d.major2 == 1)).astype(float).where(d.major1.notna() & d.major2.notna())
    d["log_cap_ratio"] = np.log(d.cinc_ratio)
    d["min_polyarchy"] = d[["polyarchy1", "polyarchy2"]].min(axis=1, skipna=False)
    d["alliance"] = d.atop_defense
    d["t"], d["t2"], d["t3"] = d.peace_years, d.peace_years2, d.peace_years3
    return d
