#!/usr/bin/env python3
"""Write the curation rows for two regimes whose rosters follow from a curated membership.

Usage:
    python3 scripts/curation/derive_regimes.py --out /work/curation/u1-kb-curate

Both regimes are *documented derivations*: a source says who takes part (every OSCE participating
State; every EU Member State but Denmark until its opt-out ended), and the days come from the
bundled curated rosters of the OSCE and the EU, whose rows cite their own sources. The script reads
Sources/EntenteData/Resources/curated/memberships.csv and writes, into --out:

  treaty_status.csv   VD: the Vienna Document 2011 on Confidence- and Security-Building Measures
  memberships.csv     CSDP: the EU's Common Security and Defence Policy
  organisations.csv   the two regimes
  organisation_aliases.csv

Why derived rather than listed: neither the OSCE nor the EU publishes a separate participant list
with dates for these; the Vienna Document binds every participating State politically, and the CSDP
is a policy of the Union. Re-run the script (then merge_curation.py) whenever the OSCE or EU rows
change. Every row says in its note which roster it was derived from.
"""

import argparse
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CURATED = os.path.join(ROOT, "Sources", "EntenteData", "Resources", "curated")
ACCESSED = "2026-11-29"

# Vienna Document 2011: adopted by the FSC on 30 November 2011 (FSC.DEC/14/11), in effect 1 December
# 2011 for the 56 participating States of the day (osce.org says both and counts 56).
VD_EFFECT = "2011-12-01"
VD_SOURCE = "http://osce.org/fsc/103978"
VD_ALL_SOURCE = "https://de.zxc.wiki/wiki/Wiener_Dokument"
VD_ADOPTION_SOURCE = "http://osce.org/fsc/85612"

# CSDP: named and framed by the Treaty of Lisbon (in force 1 December 2009); Denmark's defence
# opt-out (Edinburgh 1992, from Maastricht 1993) kept it out until 1 July 2022.
CSDP_START = "2009-12-01"
CSDP_SOURCE = "http://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=LEGISSUM:ai0026&from=FI"
LISBON_SOURCE = "http://wordscope.be/francais/neerlandais/connu+de+nombreux+changements+depuis.html"
DNK_SOURCE = "https://babel.ua/en/news/80241-denmark-has-officially-joined-the-eu-s-common-defense-policy"
DNK_OPT_OUT_SOURCE = "https://en.qa.edu.vn/en/2022_Danish_European_Union_opt-out_referendum"
DNK_START = "2022-07-01"


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def active(row, day):
    return row["start"] and row["start"] <= day and (not row["end"] or row["end"] >= day)


def vienna_document(memberships):
    """One `party` row per OSCE participating State: 1 Dec 2011, or the OSCE admission day if later."""
    osce = [r for r in memberships if r["org"] == "OSCE" and r["status"] == "member"]
    rows = []
    founders = sorted({r["state"] for r in osce if active(r, VD_EFFECT)})
    # Bosnia and Herzegovina's OSCE spell has no start in the curated file, but osce.org counts
    # 56 participating States adopting the Document in 2011 and only Mongolia joined later, so it
    # is among them; the script checks the count instead of trusting the list blindly.
    undated = sorted({r["state"] for r in osce if not r["start"] and not r["end"]})
    founders = sorted(set(founders) | set(undated))
    if len(founders) != 56:
        raise SystemExit(f"expected the 56 OSCE participating States of 2011-12-01, found {len(founders)}")
    for state in founders:
        rows.append({
            "treaty": "VD", "state": state, "status": "party", "signed": "", "joined": VD_EFFECT,
            "withdrawn": "", "source_url": VD_SOURCE, "accessed": ACCESSED, "confidence": "high",
            "note": ("Participating State of the OSCE on the day the Vienna Document 2011 took effect "
                     "(adopted by the Forum for Security Co-operation 2011-11-30, FSC.DEC/14/11; in effect "
                     "2011-12-01; osce.org: the 56 participating States). Politically binding CSBM regime, "
                     "not a treaty: 'party' = participating State, 'joined' = day it applies. Derived from "
                     "the curated OSCE roster (scripts/curation/derive_regimes.py)."
                     + (" OSCE joining date of this State not in the curated roster; it is one of the 56 "
                        "States of 2011." if state in undated else "")),
        })
    later = sorted((r for r in osce if r["start"] and r["start"] > VD_EFFECT), key=lambda r: r["start"])
    for r in later:
        rows.append({
            "treaty": "VD", "state": r["state"], "status": "party", "signed": "", "joined": r["start"],
            "withdrawn": "", "source_url": VD_ALL_SOURCE, "accessed": ACCESSED, "confidence": "medium",
            "note": ("The Vienna Document 2011 is a politically binding agreement of all OSCE participating "
                     "States (German Wikipedia copy: 'aller 57 OSZE-Teilnehmerstaaten'); dated from this "
                     f"State's OSCE admission {r['start']} (curated OSCE row, {r['source_url']}). Derived "
                     "(scripts/curation/derive_regimes.py)."),
        })
    return rows


def csdp(memberships):
    """One CSDP spell per EU Member State from 1 Dec 2009 (or accession), Denmark from 1 Jul 2022."""
    eu = [r for r in memberships if r["org"] == "EU" and r["status"] == "member"]
    rows = []
    for r in sorted(eu, key=lambda r: r["state"]):
        if r["end"] and r["end"] < CSDP_START:
            continue
        if r["state"] == "DNK":
            rows.append({
                "org": "CSDP", "state": "DNK", "status": "member", "start": DNK_START, "end": r["end"],
                "source_url": DNK_SOURCE, "accessed": ACCESSED, "confidence": "medium",
                "note": ("Denmark kept out of the CSDP (and the ESDP before it) under its defence opt-out from "
                         "the Edinburgh Agreement, in effect with Maastricht in 1993 (" + DNK_OPT_OUT_SOURCE
                         + "); the opt-out was abolished by the referendum of 2022-06-01 (66.9% yes) and FM "
                         "Kofod notified the EU partners that Denmark participates from 1 July 2022 (babel.ua "
                         "quoting Kofod and HR Borrell). No spell before 2022-07-01: not a participant."),
            })
            continue
        start = max(r["start"], CSDP_START)
        rows.append({
            "org": "CSDP", "state": r["state"], "status": "member", "start": start, "end": r["end"],
            "source_url": CSDP_SOURCE, "accessed": ACCESSED, "confidence": "high",
            "note": ("EU Member State taking part in the Common Security and Defence Policy, the EU's security "
                     "and defence policy within the CFSP (EUR-Lex summary); CSDP as framed by the Treaty of "
                     "Lisbon, in force 2009-12-01, replacing the ESDP (not modelled). Days from the curated EU "
                     f"roster (EU member from {r['start']}" + (f" to {r['end']}" if r["end"] else "")
                     + f", {r['source_url']}). Derived (scripts/curation/derive_regimes.py)."),
        })
    return rows


ORGANISATIONS = [
    {
        "org": "VD", "name": "Vienna Document 2011 on Confidence- and Security-Building Measures",
        "kind": "treaty", "founded": VD_EFFECT, "completeness": "", "source_url": VD_SOURCE, "accessed": ACCESSED,
        "confidence": "high",
        "note": ("Adopted by the OSCE Forum for Security Co-operation 2011-11-30 (FSC.DEC/14/11, FSC.DOC/1/11; "
                 + VD_ADOPTION_SOURCE + "), in effect 2011-12-01 (osce.org/fsc/103978, which misprints the "
                 "adoption as 20 November). Politically binding, not a treaty ('treaty' kind = regime with "
                 "parties). Earlier editions (1990, 1992, 1994, 1999) are not modelled. Participants = all OSCE "
                 "participating States, derived from the OSCE roster."),
    },
    {
        "org": "CSDP", "name": "Common Security and Defence Policy (EU)", "kind": "treaty", "founded": CSDP_START,
        "completeness": "", "source_url": CSDP_SOURCE, "accessed": ACCESSED, "confidence": "high",
        "note": ("The EU's security and defence policy, part of the CFSP; created under that name by the Treaty of "
                 "Lisbon, replacing the ESDP (EUR-Lex summary); Lisbon in force 2009-12-01 (" + LISBON_SOURCE
                 + "). Participants = EU Member States, Denmark only from 2022-07-01 (defence opt-out). The "
                 "ESDP 1999-2009 is not modelled. PESCO is a framework within the CSDP (its own id)."),
    },
]

ALIASES = [
    {"alias": "Vienna Document", "org": "VD", "language": "en", "note": "common name (osce.org)"},
    {"alias": "Vienna Document 2011", "org": "VD", "language": "en", "note": "title of FSC.DOC/1/11"},
    {"alias": "VD11", "org": "VD", "language": "en", "note": "abbreviation"},
    {"alias": "Wiener Dokument", "org": "VD", "language": "other",
     "note": "German name (de.wikipedia copy de.zxc.wiki/wiki/Wiener_Dokument)"},
    {"alias": "Common Security and Defence Policy", "org": "CSDP", "language": "en", "note": "EUR-Lex"},
    {"alias": "Common Security and Defense Policy", "org": "CSDP", "language": "en", "note": "US spelling"},
]

HEADERS = {
    "treaty_status.csv": ["treaty", "state", "status", "signed", "joined", "withdrawn", "source_url", "accessed",
                          "confidence", "note"],
    "memberships.csv": ["org", "state", "status", "start", "end", "source_url", "accessed", "confidence", "note"],
    "organisations.csv": ["org", "name", "kind", "founded", "completeness", "source_url", "accessed", "confidence",
                          "note"],
    "organisation_aliases.csv": ["alias", "org", "language", "note"],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    memberships = read(os.path.join(CURATED, "memberships.csv"))
    vd = vienna_document(memberships)
    spells = csdp(memberships)
    write(os.path.join(args.out, "treaty_status.csv"), HEADERS["treaty_status.csv"], vd)
    write(os.path.join(args.out, "memberships.csv"), HEADERS["memberships.csv"], spells)
    write(os.path.join(args.out, "organisations.csv"), HEADERS["organisations.csv"], ORGANISATIONS)
    write(os.path.join(args.out, "organisation_aliases.csv"), HEADERS["organisation_aliases.csv"], ALIASES)
    print(f"VD {len(vd)} rows, CSDP {len(spells)} rows -> {args.out}")


if __name__ == "__main__":
    main()
