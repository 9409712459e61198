#!/usr/bin/env python3
"""Checks that an Entente panel and the pandas peer agree cell for cell on sampled rows.

    python3 compare.py entente.csv peer.csv --sample 50000

Rows are matched on (year, ccode1, ccode2); every column both files hold is compared: missing must
be missing in both, integers equal, reals equal to 1e-9 relative. Exits 1 on any difference.
"""
import argparse
import sys

import numpy as np
import pandas as pd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("entente")
    ap.add_argument("peer")
    ap.add_argument("--sample", type=int, default=50000)
    ap.add_argument("--seed", type=int, default=16)
    a = ap.parse_args()
    e = pd.read_csv(a.entente)
    p = pd.read_csv(a.peer)
    keys = ["year", "ccode1", "ccode2"]
    if len(e) != len(p):
        print(f"row counts differ: entente {len(e)}, peer {len(p)}")
        return 1
    common = [c for c in e.columns if c in p.columns and c not in keys]
    s = e.sample(min(a.sample, len(e)), random_state=a.seed)
    m = s.merge(p, on=keys, how="left", suffixes=("_e", "_p"), indicator=True)
    bad = 0
    if (m["_merge"] != "both").any():
        print(f"{(m['_merge'] != 'both').sum()} sampled rows missing from the peer")
        bad += 1
    for c in common:
        x = m[c + "_e"].to_numpy(dtype=float)
        y = m[c + "_p"].to_numpy(dtype=float)
        same = (np.isnan(x) & np.isnan(y)) | np.isclose(x, y, rtol=1e-9, atol=0)
        if not same.all():
            bad += 1
            rows = m.loc[~same, keys + [c + "_e", c + "_p"]].head(5)
            print(f"{c}: {(~same).sum()} of {len(m)} sampled cells differ\n{rows}")
    print(f"compared {len(m)} sampled rows x {len(common)} columns ({', '.join(common)}): "
          + ("identical" if bad == 0 else f"{bad} column(s) differ"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
