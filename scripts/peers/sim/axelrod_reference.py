#!/usr/bin/env python3
"""Generate Tests/EntenteSimTests/Fixtures/axelrod_reference.json with the Python `axelrod` library.

For each number of turns, plays a round-robin tournament of the eight deterministic strategies
(one repetition: they are deterministic) and records, per player, the total score against the
other seven and the head-to-head totals (player i's score against j over the match, self-play on
the diagonal). Entente's tests compare its own tournament with these numbers exactly.

Usage (axelrod is NOT a dependency of Entente; install it in a throwaway venv):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install axelrod
    /tmp/venv/bin/python scripts/peers/sim/axelrod_reference.py > Tests/EntenteSimTests/Fixtures/axelrod_reference.json
"""
import json
import sys

import axelrod as axl

CLASSES = ["Cooperator", "Defector", "TitForTat", "Grudger", "TitFor2Tats",
           "SuspiciousTitForTat", "Alternator", "WinStayLoseShift"]
TURNS = [1, 2, 3, 5, 10, 63, 200]


def main():
    out = {"library": "axelrod", "version": axl.__version__, "game_RPST": [3, 1, 0, 5],
           "classes": CLASSES, "tournaments": []}
    for turns in TURNS:
        players = [getattr(axl, c)() for c in CLASSES]
        results = axl.Tournament(players=players, turns=turns, repetitions=1, seed=1).play(progress_bar=False)
        n = len(CLASSES)
        pm = results.payoff_matrix
        out["tournaments"].append({
            "turns": turns,
            "names": [str(p) for p in players],
            "total_scores": [int(results.scores[i][0]) for i in range(n)],
            "head_to_head_total": [[round(float(pm[i][j]) * turns, 9) for j in range(n)] for i in range(n)],
            "ranked_names": list(results.ranked_names),
        })
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
