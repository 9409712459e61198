#!/usr/bin/env python3
"""Merge curation folders into Entente's bundled curated files.

Usage:
    python3 scripts/curation/merge_curation.py [--curation /work/curation] [--dry-run]

Each folder under --curation (processed in name order) may hold any of
  organisations.csv, organisation_aliases.csv, memberships.csv, treaty_status.csv, activities.csv
in the schemas of the curation brief (COMMON.md, copied into curated/README.md). Rows are merged into
Sources/EntenteData/Resources/curated/ by key:

  organisations.csv           org
  organisation_aliases.csv    alias (compared letters and digits only, case-insensitive)
  memberships.csv             org, state, status, start
  treaty_status.csv           treaty, state
  activities.csv              id

A folder row whose key is already present REPLACES the present row (this is how the NPT dates, the
CSTO Armenia row and similar corrections arrive); a new key is ADDED. The same key in two folders is
reported as a duplicate and the later folder wins. Byte-identical rows are counted, not reported.
Exceptions where the bundled row is kept on purpose are listed in KEEP_EXISTING with the reason.

The script is idempotent: running it again over the same folders changes nothing. It validates
every row (required fields, ISO dates, vocabularies) and refuses to write when a row is invalid,
so the Swift reader never meets a malformed bundled file. The report goes to stdout and to
scripts/curation/merge-report.txt; each folder's notes.md is copied to curated/notes/<folder>.md.
"""

import argparse
import csv
import io
import os
import re
import sys
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CURATED = os.path.join(ROOT, "Sources", "EntenteData", "Resources", "curated")

HEADERS = {
    "organisations.csv": ["org", "name", "kind", "founded", "completeness", "source_url", "accessed", "confidence",
                          "note"],
    "organisation_aliases.csv": ["alias", "org", "language", "note"],
    "memberships.csv": ["org", "state", "status", "start", "end", "source_url", "accessed", "confidence", "note"],
    "treaty_status.csv": ["treaty", "state", "status", "signed", "joined", "withdrawn", "source_url", "accessed",
                          "confidence", "note"],
    "activities.csv": ["id", "name", "series", "kind", "start", "end", "participants", "host", "observers",
                       "location", "lat", "lon", "domains", "purpose", "notified", "source_url", "accessed",
                       "confidence", "note", "participants_complete", "declared_participants", "date_precision"],
}


def alias_key(text):
    return re.sub(r"[^0-9a-z]", "", text.lower())


KEYS = {
    "organisations.csv": lambda r: (r["org"].upper(),),
    "organisation_aliases.csv": lambda r: (alias_key(r["alias"]),),
    "memberships.csv": lambda r: (r["org"].upper(), r["state"].upper(), r["status"], r["start"]),
    "treaty_status.csv": lambda r: (r["treaty"].upper(), r["state"].upper()),
    "activities.csv": lambda r: (r["id"],),
}

# Bundled rows kept although a folder offers a replacement, with the reason (printed in the report).
KEEP_EXISTING = {
    ("organisations.csv", ("CSTO",)):
        "founding-date convention: the bundled row dates the CSTO from the Collective Security Treaty's entry "
        "into force (1994-04-20), as its membership rows do; m1-global offered the 1992-05-15 signature",
}

# Later folders that deliberately re-read what an earlier folder curated from a weaker or partial source
# (their notes say which rows and why): their rows replace the earlier folder's without a duplicate report.
SUPERSEDES = {
    "u2-unoda-nwfz": {"t2-conventional"},
    "u3-untc-2014": {"t1-wmd", "t2-conventional"},
    "u4-ottawa-later": {"t2-conventional"},
    "u5-att-ccm-later": {"t2-conventional"},
    "u6-att-more": {"t2-conventional"},
}

# Organisations and treaties whose curated roster is known to miss members or parties (the curation
# notes say so): their counts are flagged "partial". Everything else curated is a full roster.
PARTIAL = {
    # CWC: complete since u3-untc-2014 (UNTC table of 2014 plus the curated later accessions: 193).
    # OTTAWA: complete since u4-ottawa-later (UNTC table of 2014 plus Oman, Sri Lanka, Palestine, the Marshall
    # Islands and the 2025 withdrawals: 165 States Parties on 2025-06-30).
    # CCM: complete since u7-rosters (the nine 2015-2020 accessions added: 112 on 2023-08-03 as the ISU counts).
    "ATT": "UNTC table of 2014 plus curated later accessions: about 30 accessions after July 2014 missing "
           "(u3-untc-2014, u5-att-ccm-later, u6-att-more)",
    "PELINDABA": "UNODA lists 43 parties; one source counts 44 (not verified) (u2-unoda-nwfz)",
    "AU-PSC": "terms 2004-2021 not compiled (m2-regional)",
}

VOCAB = {
    "kind": {"organisation", "forum", "treaty", "informal"},
    "membership_status": {"member", "associate", "observer", "partner", "dialogue_partner", "suspended", "frozen"},
    "treaty_status": {"party", "signatory", "withdrawn", "non_party"},
    "activity_kind": {"exercise", "dialogue", "exchange_education", "peacekeeping", "capacity_building",
                      "intelligence_sharing", "port_visit", "cbm_notification", "agreement"},
    "domains": {"land", "sea", "air", "amphibious", "cyber", "space", "cpx", "hadr", "medical", "special_forces",
                "maritime_security", "counter_terrorism", "peacekeeping"},
    "purpose": {"warfighting", "humanitarian", "peacekeeping", "mixed", "diplomatic", "maritime_security",
                "counter_terrorism"},
    "confidence": {"high", "medium", "low"},
    "language": {"en", "id", "fr", "other"},
    "flag": {"true", "false"},
}


def check_date(value, field, where, errors, required=False):
    if not value:
        if required:
            errors.append(f"{where}: {field} is required")
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        errors.append(f"{where}: {field} '{value}' is not a YYYY-MM-DD date")


def validate(name, row, where, errors):
    def vocab(field, kind, required=True):
        value = row.get(field, "")
        if not value:
            if required:
                errors.append(f"{where}: {field} is required")
            return
        if value not in VOCAB[kind]:
            errors.append(f"{where}: {field} '{value}' not in {sorted(VOCAB[kind])}")

    if name != "organisation_aliases.csv":
        vocab("confidence", "confidence", required=False)
        check_date(row.get("accessed", ""), "accessed", where, errors)
    if name == "organisations.csv":
        vocab("kind", "kind")
        check_date(row["founded"], "founded", where, errors)
    elif name == "organisation_aliases.csv":
        if not row["alias"] or not row["org"]:
            errors.append(f"{where}: alias and org are required")
        vocab("language", "language", required=False)
    elif name == "memberships.csv":
        vocab("status", "membership_status")
        # An empty start is allowed: the state is a member whose joining date the source does not
        # give; the build dates it from the organisation's founding with precision "unknown".
        check_date(row["start"], "start", where, errors)
        check_date(row["end"], "end", where, errors)
        if row["start"] and row["end"] and row["end"] < row["start"]:
            errors.append(f"{where}: end before start")
    elif name == "treaty_status.csv":
        vocab("status", "treaty_status")
        for field in ("signed", "joined", "withdrawn"):
            check_date(row[field], field, where, errors)
        if row["joined"] and row["withdrawn"] and row["withdrawn"] < row["joined"]:
            errors.append(f"{where}: withdrawn before joined")
    elif name == "activities.csv":
        vocab("kind", "activity_kind")
        vocab("purpose", "purpose", required=False)
        check_date(row["start"], "start", where, errors, required=True)
        check_date(row["end"], "end", where, errors)
        if row["start"] and row["end"] and row["end"] < row["start"]:
            errors.append(f"{where}: end before start")
        for domain in filter(None, row["domains"].split(";")):
            if domain.strip() not in VOCAB["domains"]:
                errors.append(f"{where}: domain '{domain}' unknown")
        for field in ("notified", "participants_complete"):
            if row.get(field) and row[field] not in VOCAB["flag"]:
                errors.append(f"{where}: {field} '{row[field]}' is not true/false")
        if row.get("declared_participants") and not row["declared_participants"].isdigit():
            errors.append(f"{where}: declared_participants '{row['declared_participants']}' is not a count")
        if row.get("date_precision") and row["date_precision"] not in {"day", "month", "year"}:
            errors.append(f"{where}: date_precision '{row['date_precision']}' not day, month or year")
        if not row["participants"].strip():
            errors.append(f"{where}: participants is empty")


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def normalise(name, row):
    out = {column: (row.get(column) or "").strip() for column in HEADERS[name]}
    if name == "organisations.csv":
        out["org"] = out["org"].upper()
    if name == "activities.csv" and not out["start"]:
        # The source gives no start day. The edition's year is known (from its end day, else from the
        # id's year), so the row is kept, dated to that year with precision "year", and says so.
        year = out["end"][:4] if out["end"] else (re.findall(r"(?:19|20)\d\d", out["id"]) or [""])[-1]
        if year:
            out["start"] = f"{year}-01-01"
            out["date_precision"] = "year"
            out["note"] = (f"Start day not given by the source: dated to {year} only (date_precision year). "
                           + out["note"]).strip()
    return out


def write_csv(path, header, rows):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--curation", default="/work/curation")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    folders = sorted(d for d in os.listdir(args.curation) if os.path.isdir(os.path.join(args.curation, d)))
    report = [f"# Curation merge report", f"folders: {', '.join(folders)}", ""]
    errors = []
    merged = {}
    for name, header in HEADERS.items():
        base_path = os.path.join(CURATED, name)
        base = [normalise(name, r) for r in read_csv(base_path)] if os.path.exists(base_path) else []
        order = []
        rows = {}
        for index, row in enumerate(base):
            key = KEYS[name](row)
            if key in rows:
                report.append(f"{name}: bundled file repeats key {key}")
            else:
                order.append(key)
            rows[key] = row
        origin = {key: "bundled" for key in rows}
        stats = {"added": 0, "replaced": 0, "identical": 0, "kept": 0, "duplicates": 0, "superseded": 0}
        for folder in folders:
            path = os.path.join(args.curation, folder, name)
            if not os.path.exists(path):
                continue
            seen = set()
            folder_rows = read_csv(path)
            for line, raw in enumerate(folder_rows, start=2):
                row = normalise(name, raw)
                if name == "organisations.csv":
                    row["completeness"] = "partial" if row["org"] in PARTIAL else "complete"
                where = f"{folder}/{name}:{line}"
                validate(name, row, where, errors)
                key = KEYS[name](row)
                if key in seen:
                    report.append(f"DUPLICATE within {where}: key {key} (later row wins)")
                    stats["duplicates"] += 1
                seen.add(key)
                if key in rows:
                    if rows[key] == row:
                        stats["identical"] += 1
                        continue
                    if (name, key) in KEEP_EXISTING and origin[key] == "bundled":
                        stats["kept"] += 1
                        report.append(f"KEPT bundled {name} {key}: {KEEP_EXISTING[(name, key)]}")
                        continue
                    if origin[key] in SUPERSEDES.get(folder, set()):
                        stats["superseded"] += 1
                    elif origin[key] not in ("bundled", folder):
                        report.append(f"DUPLICATE across folders: {name} {key} in {origin[key]} and {folder}; "
                                      f"{folder} wins")
                        stats["duplicates"] += 1
                    if name == "organisation_aliases.csv" and rows[key]["org"].upper() != row["org"].upper():
                        report.append(f"CONFLICT alias '{row['alias']}': {rows[key]['org']} ({origin[key]}) vs "
                                      f"{row['org']} ({folder}); first kept")
                        continue
                    stats["replaced"] += 1
                    rows[key] = row
                    origin[key] = folder
                else:
                    stats["added"] += 1
                    rows[key] = row
                    origin[key] = folder
                    order.append(key)
        # Organisations listed as partial get the flag even when their row is the bundled one.
        if name == "organisations.csv":
            for key in order:
                if rows[key]["org"] in PARTIAL:
                    rows[key]["completeness"] = "partial"
                elif not rows[key]["completeness"]:
                    rows[key]["completeness"] = "complete"
        merged[name] = [rows[key] for key in order]
        report.append(f"{name}: {len(base)} bundled rows, {stats['added']} added, {stats['replaced']} replaced, "
                      f"{stats['identical']} identical, {stats['kept']} kept on purpose, "
                      f"{stats['duplicates']} duplicates reported, {stats['superseded']} superseded by a later folder "
                      f"-> {len(merged[name])} rows")

    # Possible duplicate activities under different ids: the same series starting on the same day.
    seen = {}
    for row in merged["activities.csv"]:
        if not row["series"]:
            continue
        key = (row["series"].lower(), row["start"])
        if key in seen:
            report.append(f"POSSIBLE DUPLICATE activities {seen[key]} and {row['id']} (same series and start)")
        else:
            seen[key] = row["id"]
    # Per-organisation and per-treaty counts, for the README.
    from collections import Counter
    report.append("")
    report.append("membership rows per organisation: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(r["org"].upper() for r in merged["memberships.csv"]).items())))
    report.append("treaty rows per treaty: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(r["treaty"].upper() for r in merged["treaty_status.csv"]).items())))
    years = Counter(r["start"][:4] for r in merged["activities.csv"])
    report.append("activities per start year: " + ", ".join(f"{k} {v}" for k, v in sorted(years.items())))
    report.append("activities 2011-2025 (by start): "
                  + str(sum(v for k, v in years.items() if "2011" <= k <= "2025")))

    if errors:
        report.append("")
        report.append(f"{len(errors)} INVALID rows; nothing written:")
        report.extend(errors[:200])
    text = "\n".join(report) + "\n"
    print(text)
    if errors:
        sys.exit(1)
    if args.dry_run:
        return
    for name, rows in merged.items():
        write_csv(os.path.join(CURATED, name), HEADERS[name], rows)
    # Each folder's notes (sources, gaps, disagreements, counts) travel with the data.
    notes_dir = os.path.join(CURATED, "notes")
    os.makedirs(notes_dir, exist_ok=True)
    for folder in folders:
        source = os.path.join(args.curation, folder, "notes.md")
        if os.path.exists(source):
            with open(source, encoding="utf-8") as handle:
                notes = handle.read()
            with open(os.path.join(notes_dir, folder + ".md"), "w", encoding="utf-8") as handle:
                handle.write(notes)
    with open(os.path.join(ROOT, "scripts", "curation", "merge-report.txt"), "w", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    main()
