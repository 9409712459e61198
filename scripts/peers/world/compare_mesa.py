#!/usr/bin/env python3
"""Side by side: the Swift world model's ensemble and the Mesa peer's, outcome by outcome.

    entente sim run examples/scenarios/synthetic-50-peer.yaml --quiet --format csv > swift.csv
    python3 scripts/peers/world/mesa_world_model.py --replicates 100 --json mesa.json
    python3 scripts/peers/world/compare_mesa.py swift.csv mesa.json

For every outcome both report: each side's mean with its 95% interval, whether the intervals
overlap and whether each mean lies inside the other's interval (the issue's test: "means within
their 95% intervals"). Exits 1 when any outcome's intervals do not overlap.
"""
import csv, json, sys


def main():
    swift_path, mesa_path = sys.argv[1], sys.argv[2]
    with open(swift_path) as f:
        swift = {row["metric"]: row for row in csv.DictReader(f)}
    with open(mesa_path) as f:
        mesa = json.load(f)
    n_swift = next(iter(swift.values()))["n"]
    print(f"{'outcome':28s} {'Swift (' + n_swift + ' reps) mean [95% CI]':>40s}   "
          f"{'Mesa (' + str(mesa['replicates']) + ' reps) mean [95% CI]':>40s}  overlap  swift-in-mesa  mesa-in-swift")
    apart = 0
    for name, m in mesa["outcomes"].items():
        if name not in swift:
            continue
        s = swift[name]
        sm, sl, sh = float(s["mean"]), float(s["mean_ci_low"]), float(s["mean_ci_high"])
        mm, ml, mh = m["mean"], m["ci_low"], m["ci_high"]
        overlap = sl <= mh and ml <= sh
        apart += 0 if overlap else 1
        print(f"{name:28s} {sm:12.4f} [{sl:.4f}, {sh:.4f}]   {mm:12.4f} [{ml:.4f}, {mh:.4f}]  "
              f"{'yes' if overlap else 'NO':>7s}  {'yes' if ml <= sm <= mh else 'no':>13s}  "
              f"{'yes' if sl <= mm <= sh else 'no':>13s}")
    print(f"Mesa seconds per replicate: {mesa['seconds_per_replicate']:.2f} (Mesa {mesa['mesa']})")
    sys.exit(1 if apart else 0)


if __name__ == "__main__":
    main()
