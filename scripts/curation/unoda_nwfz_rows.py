#!/usr/bin/env python3
"""Treaty-status rows for the five nuclear-weapon-free-zone treaties from the UNODA Treaties Database.

Usage:
    python3 scripts/curation/unoda_nwfz_rows.py TIMELINE_HTML COMMIT --out FOLDER

TIMELINE_HTML is `timeline.html` of the gh-pages branch of arthuredelstein/survivalscores.org, a
daily build that queries the UNODA Treaties Database (treaties.unoda.org) and lists every action
("X signed / ratified / acceded to / succeeded to / withdrew from the ... Treaty") with its date and
the state's flag. COMMIT is that build's commit, cited in every row. Only facts (dates) are used;
no code or text of the page is kept. Each treaty has a single depositary (Mexico for Tlatelolco,
the Pacific Islands Forum Secretary General for Rarotonga, the AU Commission for Pelindaba,
Kyrgyzstan for Semipalatinsk, Thailand for Bangkok), so a date is the deposit date UNODA records.

Writes FOLDER/treaty_status.csv (appending to rows already there for other treaties) with one row
per treaty and state: `party` when a ratification, accession or succession is recorded, else
`signatory`.
"""

import argparse
import csv
import html
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CODES = os.path.join(ROOT, "Sources", "EntenteData", "Resources", "datasets", "country_codes",
                     "iso3166_1_pycountry.csv")
ACCESSED = "2026-11-29"

TREATIES = {
    "Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean": "TLATELOLCO",
    "South Pacific Nuclear-Free Zone Treaty": "RAROTONGA",
    "African Nuclear-Weapon-Free Zone Treaty": "PELINDABA",
    "Central Asian Nuclear-Weapon-Free Zone Treaty": "SEMIPALATINSK",
    "Southeast Asian Nuclear-Weapon-Free Zone Treaty": "BANGKOK",
}
JOINING = {"ratified": "ratification", "acceded to": "accession", "succeeded to": "succession"}
ROW = re.compile(r'<tr>\s*<td class="date">([^<]*)</td>\s*<td class="flag">([^<]*)</td>.*?<td>([^<]*)</td>\s*</tr>',
                 re.S)
EVENT = re.compile(r"^(?P<state>.+?) (?P<verb>signed|ratified|acceded to|succeeded to|withdrew from) the "
                   r"(?P<treaty>.+)\.$")
# Where an earlier curated source gave another day, say so in the row (the earlier rows are replaced).
DISAGREEMENTS = {
    ("BANGKOK", "MMR"): "The CIL-NUS treaty database (earlier curated row) gives the deposit as 1996-07-11.",
    ("PELINDABA", "MWI"): "An earlier curated row (medium) gave 2009-04-28.",
    ("TLATELOLCO", "ATG"): "The OAS signature table G-1 gives the signature as 1983-11-11.",
    ("TLATELOLCO", "MEX"): ("Deposit date; the Treaty entered into force for each state under Art. 28 (waiver), "
                            "generally on deposit of the waiver, and for the zone on 1969-04-25."),
}
HEADER = ["treaty", "state", "status", "signed", "joined", "withdrawn", "source_url", "accessed", "confidence",
          "note"]


def iso3_by_iso2():
    with open(CODES, newline="", encoding="utf-8") as handle:
        return {row["alpha_2"]: row["alpha_3"] for row in csv.DictReader(handle)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("timeline")
    parser.add_argument("commit")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    codes = iso3_by_iso2()
    url = f"https://github.com/arthuredelstein/survivalscores.org/blob/{args.commit}/timeline.html"
    with open(args.timeline, encoding="utf-8") as handle:
        page = handle.read()
    events = {}
    for day, flag, text in ROW.findall(page):
        match = EVENT.match(html.unescape(text).strip())
        if not match or match["treaty"] not in TREATIES:
            continue
        # The flag is two regional-indicator symbols: the state's ISO 3166-1 alpha-2 code.
        letters = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in html.unescape(flag).strip())
        state = codes.get(letters)
        if not state:
            raise SystemExit(f"no ISO code for flag {letters!r} ({match['state']})")
        key = (TREATIES[match["treaty"]], state)
        record = events.setdefault(key, {"name": match["state"], "signed": [], "joined": [], "withdrawn": []})
        if match["verb"] == "signed":
            record["signed"].append(day)
        elif match["verb"] == "withdrew from":
            record["withdrawn"].append(day)
        else:
            record["joined"].append((day, JOINING[match["verb"]]))
    rows = []
    for (treaty, state), record in sorted(events.items()):
        signed = min(record["signed"]) if record["signed"] else ""
        joined, how = min(record["joined"]) if record["joined"] else ("", "")
        withdrawn = min(record["withdrawn"]) if record["withdrawn"] else ""
        status = "withdrawn" if withdrawn else ("party" if joined else "signatory")
        note = (f"UNODA Treaties Database ({record['name']}): "
                + (f"signed {signed}" if signed else "no signature recorded")
                + (f"; {how} deposited {joined}" if joined else "; no ratification or accession recorded")
                + (f"; withdrew {withdrawn}" if withdrawn else "")
                + ". Read from the survivalscores.org daily build of 2026-08-22 (timeline of UNODA actions).")
        if (treaty, state) in DISAGREEMENTS:
            note += " " + DISAGREEMENTS[(treaty, state)]
        if len(record["joined"]) > 1 or len(record["signed"]) > 1:
            note += f" Several actions recorded: signed {record['signed']}, joined {record['joined']}."
        rows.append({"treaty": treaty, "state": state, "status": status, "signed": signed, "joined": joined,
                     "withdrawn": withdrawn, "source_url": url, "accessed": ACCESSED, "confidence": "high",
                     "note": note})
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "treaty_status.csv")
    kept = []
    if os.path.exists(path):
        with open(path, newline="", encoding="utf-8") as handle:
            kept = [r for r in csv.DictReader(handle) if r["treaty"] not in TREATIES.values()]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept + rows)
    counts = {}
    for row in rows:
        counts.setdefault(row["treaty"], {}).setdefault(row["status"], 0)
        counts[row["treaty"]][row["status"]] += 1
    print(counts)


if __name__ == "__main__":
    main()
