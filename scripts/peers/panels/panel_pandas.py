#!/usr/bin/env python3
"""Peer for `entente data panel`: non-directed dyad-years built with pandas from the same bundled
CSV files, for a subset of the columns (alliances, disputes, contiguity, distance, capabilities,
majors, democracy, rivalries, peace-years), with the same definitions as the Entente codebook.

    python3 panel_pandas.py --from 1816 --to 2024 --out peer.csv

Missing cells (years outside a source's coverage) are written empty, as Entente writes them.
"""
import argparse
import time

import numpy as np
import pandas as pd

DATA = "Sources/EntenteData/Resources/datasets/"
# Coverage years from Sources/EntenteData/Resources/catalog/datasets.json.
COVER = {"atop": (1815, 2018), "mid": (1816, 2014), "cont": (1816, 2016), "nmc": (1816, 2022),
         "majors": (1816, 2016), "dem": (1816, 2025), "cap": (1816, 2024), "riv": (1494, 2010)}


def expand(df, start, end, keys):
    """One row per year of each spell."""
    years = [np.arange(s, e + 1) for s, e in zip(df[start], df[end])]
    out = df.loc[df.index.repeat([len(y) for y in years]), keys].reset_index(drop=True)
    out["year"] = np.concatenate(years) if years else []
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="first", type=int, default=1816)
    ap.add_argument("--to", dest="last", type=int, default=2024)
    ap.add_argument("--out", required=True)
    ap.add_argument("--root", default=".")
    a = ap.parse_args()
    d = a.root.rstrip("/") + "/" + DATA
    t0 = time.time()

    states = pd.read_csv(d + "cow_states/cow_states_v2024.csv")
    sy = expand(states, "styear", "endyear", ["ccode"]).drop_duplicates()
    sy = sy[(sy.year >= a.first) & (sy.year <= a.last)]
    dy = sy.merge(sy, on="year", suffixes=("1", "2"))
    dy = dy[dy.ccode1 < dy.ccode2].sort_values(["year", "ccode1", "ccode2"]).reset_index(drop=True)

    def covered(name):
        lo, hi = COVER[name]
        return (dy.year >= lo) & (dy.year <= hi)

    # ATOP: either direction owes the obligation.
    atop = pd.read_csv(d + "atop/atop5_1_directed_dyad_year.csv")
    flip = atop.rename(columns={"ccode1": "ccode2", "ccode2": "ccode1"})
    both = pd.concat([atop, flip])
    ob = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
    both = both.groupby(["ccode1", "ccode2", "year"], as_index=False)[ob].max()
    dy = dy.merge(both, on=["ccode1", "ccode2", "year"], how="left")
    for c in ob:
        dy[c] = dy[c].fillna(0).where(covered("atop"))

    # MID: onset / ongoing in either direction.
    mid = pd.read_csv(d + "cow_mid_v5/mid5_directed_dyad_year.csv")
    mid["c1"] = mid[["ccode1", "ccode2"]].min(axis=1)
    mid["c2"] = mid[["ccode1", "ccode2"]].max(axis=1)
    m = mid.groupby(["c1", "c2", "year"], as_index=False).agg(mid_onset=("disponset", "max"))
    m["mid_ongoing"] = 1
    m = m.rename(columns={"c1": "ccode1", "c2": "ccode2"})
    dy = dy.merge(m, on=["ccode1", "ccode2", "year"], how="left")
    for c in ["mid_onset", "mid_ongoing"]:
        dy[c] = dy[c].fillna(0).where(covered("mid"))

    # Peace-years: BTSCS counter from the first year both are in the system (or 1816).
    onsets = m[m.mid_onset == 1][["ccode1", "ccode2", "year"]].rename(columns={"year": "onset"})
    first = states.groupby("ccode").styear.min()
    start = np.maximum(np.maximum(dy.ccode1.map(first), dy.ccode2.map(first)), COVER["mid"][0])
    # The last onset before each year: merge_asof on year - 1.
    probe = dy[["ccode1", "ccode2", "year"]].copy()
    probe["key"] = probe.ccode1 * 1000 + probe.ccode2
    probe["before"] = probe.year - 1
    probe["row"] = np.arange(len(probe))
    on = onsets.assign(key=onsets.ccode1 * 1000 + onsets.ccode2)[["key", "onset"]].sort_values("onset")
    got = pd.merge_asof(probe.sort_values("before"), on, left_on="before", right_on="onset", by="key",
                        direction="backward").sort_values("row")
    last = got.onset.to_numpy()
    py = np.where(np.isnan(last), dy.year - start, dy.year - last - 1)
    dy["peace_years"] = pd.Series(py, index=dy.index).where(covered("mid"))

    # Contiguity: closest type among spells in force in the year; 0 = none.
    cont = pd.read_csv(d + "cow_contiguity_v3_2/contdir.csv")
    cont["b"] = cont.begin // 100
    cont["e"] = cont.end // 100
    cy = expand(cont, "b", "e", ["statelno", "statehno", "conttype"])
    cy = cy.groupby(["statelno", "statehno", "year"], as_index=False).conttype.min()
    cy = cy.rename(columns={"statelno": "ccode1", "statehno": "ccode2"})
    dy = dy.merge(cy, on=["ccode1", "ccode2", "year"], how="left")
    dy["conttype"] = dy.conttype.fillna(0).where(covered("cont"))

    # Capital distance: capital in force on 1 July, else the last that started by the year's end.
    caps = pd.read_csv(d + "capitals/cow_capitals.csv", parse_dates=["stdate", "enddate"])
    rows = []
    for y in range(a.first, a.last + 1):
        mid_y = pd.Timestamp(y, 7, 1)
        s, e = pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31)
        live = caps[(caps.stdate <= e) & (caps.enddate >= s)].copy()
        live["exact"] = (live.stdate <= mid_y) & (live.enddate >= mid_y)
        live = live.sort_values(["ccode", "exact", "stdate"]).groupby("ccode").tail(1)
        live["year"] = y
        rows.append(live[["ccode", "year", "lat", "lng"]])
    cy = pd.concat(rows)
    for k in ("1", "2"):
        dy = dy.merge(cy.rename(columns={"ccode": "ccode" + k, "lat": "lat" + k, "lng": "lng" + k}),
                      on=["ccode" + k, "year"], how="left")
    r = np.pi / 180
    h = (np.sin((dy.lat2 - dy.lat1) * r / 2) ** 2
         + np.cos(dy.lat1 * r) * np.cos(dy.lat2 * r) * np.sin((dy.lng2 - dy.lng1) * r / 2) ** 2)
    dy["capdist_km"] = 2 * 6371.0088 * np.arcsin(np.minimum(1, np.sqrt(h)))
    dy = dy.drop(columns=["lat1", "lng1", "lat2", "lng2"])

    # Capabilities and democracy per side.
    nmc = pd.read_csv(d + "cow_nmc_v7/nmc_v7_state_year.csv")[["ccode", "year", "cinc"]]
    dem = pd.read_csv(d + "democracy/vdem_uds_state_year.csv")[["ccode", "year", "v2x_polyarchy"]]
    for k in ("1", "2"):
        dy = dy.merge(nmc.rename(columns={"ccode": "ccode" + k, "cinc": "cinc" + k}), on=["ccode" + k, "year"],
                      how="left")
        dy = dy.merge(dem.rename(columns={"ccode": "ccode" + k, "v2x_polyarchy": "polyarchy" + k}),
                      on=["ccode" + k, "year"], how="left")

    # Majors.
    maj = expand(pd.read_csv(d + "cow_states/cow_major_powers_v2016.csv"), "styear", "endyear", ["ccode"])
    maj["m"] = 1
    maj = maj.drop_duplicates()
    for k in ("1", "2"):
        dy = dy.merge(maj.rename(columns={"ccode": "ccode" + k, "m": "major" + k}), on=["ccode" + k, "year"],
                      how="left")
        dy["major" + k] = dy["major" + k].fillna(0).where(covered("majors"))

    # Strategic rivalries.
    riv = pd.read_csv(d + "rivalries/thompson_dreyer_strategic_rivalries.csv")
    riv["c1"] = riv[["ccode1", "ccode2"]].min(axis=1)
    riv["c2"] = riv[["ccode1", "ccode2"]].max(axis=1)
    ry = expand(riv, "styear", "endyear", ["c1", "c2"]).drop_duplicates()
    ry["strategic_rivalry"] = 1
    dy = dy.merge(ry.rename(columns={"c1": "ccode1", "c2": "ccode2"}), on=["ccode1", "ccode2", "year"], how="left")
    dy["strategic_rivalry"] = dy.strategic_rivalry.fillna(0).where(covered("riv"))

    dy = dy.sort_values(["year", "ccode1", "ccode2"])
    build = time.time() - t0
    dy.to_csv(a.out, index=False)
    print(f"rows={len(dy)} build_s={build:.2f} total_s={time.time() - t0:.2f}")


if __name__ == "__main__":
    main()
