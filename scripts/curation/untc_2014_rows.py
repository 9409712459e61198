#!/usr/bin/env python3
"""Treaty-status rows for the CWC, Ottawa, CCM and ATT from UN Treaty Collection tables scraped in 2014.

Usage:
    python3 scripts/curation/untc_2014_rows.py UNTREATIES_GIT_DIR --out FOLDER [--base TREATY_STATUS_CSV]

UNTREATIES_GIT_DIR is a git snapshot of zmjones/untreaties, whose `treaties/26-N.csv` files are the
participant tables of the UN Treaty Collection (the depositary's status pages, MTDSG chapter XXVI)
as scraped in January 2014 (ATT: July 2014; the repository's last commit, 003ce13, is of 2015-03-14): participant, signature, and the date of the instrument of
ratification / accession (suffix a) / acceptance (A) / approval (AA) / succession (d). Only those
dates are used; no code.

The tables are a 2014 snapshot, so the merge with the bundled rows is careful:
- a state with no bundled row gets a `party` row when the table has an instrument date; states that
  had only signed by then are left out (they may have ratified since: a stale `signatory` would be a
  confident wrong answer), except where the bundled row already says `signatory`;
- a state with a bundled row keeps its status and withdrawal (the 2025 Ottawa and CCM withdrawals
  are later than the table); missing signature or deposit dates are filled from the table; where the
  bundled deposit date differs, the depositary's date is used and the earlier value is kept in the
  note;
- `non_party` bundled rows that the table contradicts are reported and left alone.
Rows are written to FOLDER/treaty_status.csv for merge_curation.py.
"""

import argparse
import csv
import os
import subprocess
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CURATED = os.path.join(ROOT, "Sources", "EntenteData", "Resources", "curated")
CODES = os.path.join(ROOT, "Sources", "EntenteData", "Resources", "datasets", "country_codes",
                     "iso3166_1_pycountry.csv")
COMMIT = "003ce1309cc2a27a5a3909f39b7e6634550bf173"
ACCESSED = "2026-11-29"
TABLES = {"26-3": "CWC", "26-5": "OTTAWA", "26-6": "CCM", "26-8": "ATT"}
UNTC = {"26-3": "XXVI-3", "26-5": "XXVI-5", "26-6": "XXVI-6", "26-8": "XXVI-8"}
# When each table was scraped: the commit that last changed the file (its latest recorded action is
# earlier: 2013-09-14, 2012-12-27, 2013-09-13 and 2014-06-16).
SCRAPED = {"26-3": "2014-01-27", "26-5": "2014-01-27", "26-6": "2014-01-27", "26-8": "2014-07-10"}
KIND = {"a": "accession", "A": "acceptance", "AA": "approval", "d": "succession", "": "ratification"}

# UN names that are not ISO short names.
NAMES = {
    "Bolivia (Plurinational State of)": "BOL", "Venezuela (Bolivarian Republic of)": "VEN",
    "Iran (Islamic Republic of)": "IRN", "Republic of Korea": "KOR",
    "Democratic People's Republic of Korea": "PRK", "Republic of Moldova": "MDA",
    "United Republic of Tanzania": "TZA", "Lao People's Democratic Republic": "LAO",
    "Micronesia (Federated States of)": "FSM", "The former Yugoslav Republic of Macedonia": "MKD",
    "Holy See": "VAT", "State of Palestine": "PSE", "Côte d'Ivoire": "CIV", "Swaziland": "SWZ",
    "Cape Verde": "CPV", "Cabo Verde": "CPV", "Czech Republic": "CZE", "Russian Federation": "RUS",
    "Syrian Arab Republic": "SYR", "Viet Nam": "VNM", "Brunei Darussalam": "BRN", "Congo": "COG",
    "Democratic Republic of the Congo": "COD", "Turkey": "TUR", "Niue": "NIU", "Cook Islands": "COK",
    "United Kingdom of Great Britain and Northern Ireland": "GBR", "United States of America": "USA",
    "Libya": "LBY", "Bahamas": "BHS", "Gambia": "GMB", "Netherlands": "NLD", "Saint Kitts and Nevis": "KNA", "St. Kitts and Nevis": "KNA", "St. Lucia": "LCA",
    "St. Vincent and the Grenadines": "VCT",
    "Saint Lucia": "LCA", "Saint Vincent and the Grenadines": "VCT", "Sao Tome and Principe": "STP",
    "Timor-Leste": "TLS", "Guinea-Bissau": "GNB", "Central African Republic": "CAF",
    "Dominican Republic": "DOM", "Equatorial Guinea": "GNQ", "Marshall Islands": "MHL",
    "Solomon Islands": "SLB", "Comoros": "COM", "Philippines": "PHL", "Niger": "NER", "Sudan": "SDN",
    "South Sudan": "SSD", "Eswatini": "SWZ", "North Macedonia": "MKD",
}


def iso3(name, codes):
    name = name.strip()
    if name in NAMES:
        return NAMES[name]
    if name in codes:
        return codes[name]
    raise SystemExit(f"unknown participant name {name!r}")


def day(text):
    """'14 Jan 1993' or '27 Feb 2003 a' -> ('1993-01-14', '' or 'a')."""
    text = text.strip()
    if not text:
        return "", ""
    parts = text.split()
    suffix = parts[3] if len(parts) > 3 else ""
    return datetime.strptime(" ".join(parts[:3]), "%d %b %Y").date().isoformat(), suffix


def table(git_dir, number):
    text = subprocess.run(["git", "-C", git_dir, "show", f"{COMMIT}:treaties/{number}.csv"], check=True,
                          capture_output=True, text=True).stdout
    return list(csv.reader(text.splitlines()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("git_dir")
    parser.add_argument("--out", required=True)
    parser.add_argument("--base", default=os.path.join(CURATED, "treaty_status.csv"),
                        help="the treaty_status.csv to compare with: the bundled file before this folder was "
                             "merged (for the 2026-11-29 run: `git show e06e443:<curated>/treaty_status.csv`)")
    args = parser.parse_args()
    with open(CODES, newline="", encoding="utf-8") as handle:
        codes = {}
        for row in csv.DictReader(handle):
            for key in ("name", "official_name", "common_name"):
                if row[key]:
                    codes[row[key]] = row["alpha_3"]
    with open(args.base, newline="", encoding="utf-8") as handle:
        bundled_rows = list(csv.DictReader(handle))
    header = list(bundled_rows[0].keys())
    bundled = {(r["treaty"], r["state"]): r for r in bundled_rows}
    out, report = [], {}
    for number, treaty in TABLES.items():
        rows = table(args.git_dir, number)
        url = f"https://github.com/zmjones/untreaties/blob/{COMMIT}/treaties/{number}.csv"
        stats = report.setdefault(treaty, {"new party": 0, "filled": 0, "corrected": 0, "same": 0,
                                           "signatory only, left out": 0, "conflict": 0})
        for record in rows[1:]:
            state = iso3(record[0], codes)
            signed, _ = day(record[1])
            joined, suffix = day(record[-1])
            provisional = record[2].strip() if len(record) == 4 else ""
            source = (f"UN Treaty Collection, MTDSG {UNTC[number]}, participant table as scraped by {SCRAPED[number]} "
                      f"(copy in zmjones/untreaties): "
                      + (f"signed {signed}" if signed else "no signature")
                      + (f", {KIND.get(suffix, suffix)} deposited {joined}" if joined else f", no instrument by {SCRAPED[number]}")
                      + (f", provisional application {provisional}" if provisional else "") + ".")
            old = bundled.get((treaty, state))
            if old is None:
                if not joined:
                    stats["signatory only, left out"] += 1
                    continue
                stats["new party"] += 1
                out.append({"treaty": treaty, "state": state, "status": "party", "signed": signed, "joined": joined,
                            "withdrawn": "", "source_url": url, "accessed": ACCESSED, "confidence": "high",
                            "note": source})
                continue
            if old["status"] == "non_party" and (joined or signed):
                stats["conflict"] += 1
                print(f"CONFLICT {treaty} {state}: bundled non_party, UNTC 2014 {signed} / {joined}")
                continue
            row = dict(old)
            changed = []
            if signed and not old["signed"]:
                row["signed"] = signed
                changed.append("signature filled")
            if joined and old["status"] in ("party", "withdrawn", "signatory"):
                if not old["joined"]:
                    row["joined"] = joined
                    changed.append("deposit filled")
                    if old["status"] == "signatory":
                        row["status"] = "party"
                elif old["joined"] != joined:
                    row["joined"] = joined
                    changed.append(f"deposit corrected from {old['joined']}")
            if not changed:
                stats["same"] += 1
                continue
            stats["corrected" if any("corrected" in c for c in changed) else "filled"] += 1
            row.update({"source_url": url, "accessed": ACCESSED, "confidence": "high"})
            row["note"] = (source + " " + "; ".join(changed).capitalize() + " (earlier row: "
                           + f"{old['source_url']}, {old['confidence']}). " + old["note"]).strip()
            out.append(row)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "treaty_status.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    for treaty, stats in report.items():
        print(treaty, stats)


if __name__ == "__main__":
    main()
