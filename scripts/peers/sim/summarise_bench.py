#!/usr/bin/env python3
"""Summarise the JSON lines written by bench_peers.sh: medians and ratios (stdlib only).

Entente's own timings now come from the ordo-one suite (Benchmarks/, target SimBenchmarks), which
bench_peers.sh writes beside OUT; Entente rows (tool "entente…") appear only in results recorded
before `entente sim bench` left the CLI, and the ratios are computed only when they are present.
"""
import json
import statistics
import sys


def main(path):
    rows = [json.loads(l) for l in open(path) if l.strip()]
    out = {}
    for game in ("norms", "metanorms"):
        c = [r["result"]["seconds"] for r in rows if r["tool"] == "c" and r["result"]["game"] == game]
        e_runs = [run["seconds"] for r in rows if r["tool"] == "entente" and r["result"]["workload"] == game
                  for run in r["result"]["runs"]]
        m = [r["result"] for r in rows if r["tool"] == "mesa" and r["game"] == game]
        mesa_key = None
        if m:
            wall = m[0].get("wall_seconds", m[0])
            mesa_key = next((k for k in ("simulate_all_runs", "total_excluding_import") if k in wall), None)
        mesa = [(x.get("wall_seconds", x))[mesa_key] for x in m] if mesa_key else []
        out[game] = {"c_median_s": statistics.median(c), "c_min_s": min(c), "c_runs": len(c)}
        if mesa:
            out[game].update({"mesa_median_s": statistics.median(mesa), "mesa_key": mesa_key})
        if not e_runs:
            continue
        out[game].update({
            "entente_median_s": statistics.median(e_runs),
            "entente_over_c": statistics.median(e_runs) / statistics.median(c),
            "entente_min_s": min(e_runs), "entente_over_c_min": min(e_runs) / min(c), "entente_runs": len(e_runs),
        })
        if mesa:
            out[game].update({"mesa_median_s": statistics.median(mesa), "mesa_key": mesa_key,
                              "mesa_over_entente": statistics.median(mesa) / statistics.median(e_runs)})
    c = [r["seconds"] for r in rows if r["tool"] == "c-ipd"]
    e1 = [r["result"]["seconds_1_thread"] for r in rows if r["tool"] == "entente-ipd"]
    e2 = [r["result"]["seconds_2_threads"] for r in rows if r["tool"] == "entente-ipd"]
    ax = [r["result"]["wall_seconds"]["tournament_play"] for r in rows if r["tool"] == "axelrod"]
    out["ipd"] = {"c_median_s": statistics.median(c)}
    if ax:
        out["ipd"]["axelrod_median_s"] = statistics.median(ax)
    if e1 and e2:
        out["ipd"].update({"entente_1_thread_median_s": statistics.median(e1),
                           "entente_2_threads_median_s": statistics.median(e2),
                           "entente_1_thread_over_c": statistics.median(e1) / statistics.median(c)})
    if ax and e1 and e2:
        out["ipd"].update({"axelrod_median_s": statistics.median(ax),
                           "axelrod_over_entente_1_thread": statistics.median(ax) / statistics.median(e1),
                           "axelrod_over_entente_2_threads": statistics.median(ax) / statistics.median(e2)})
    ax_scores = [list(r["result"]["mean_total_score"].values()) for r in rows if r["tool"] == "axelrod"]
    en_scores = [list(r["result"]["mean_total_scores"].values()) for r in rows if r["tool"] == "entente-ipd"]
    if ax_scores and en_scores:
        out["ipd"]["scores_equal_axelrod"] = all(e == ax_scores[0] for e in en_scores + ax_scores)
        out["ipd"]["mean_total_scores"] = en_scores[0]
    sc = [r["result"] for r in rows if r["tool"] == "entente-scaling"]
    if sc:
        out["scaling"] = {"speedups": [s["speedup"] for s in sc], "median_speedup": statistics.median([s["speedup"] for s in sc]),
                          "identical": all(s["identical_results"] for s in sc)}
    big = [r["result"] for r in rows if r["tool"] == "entente-10k"]
    cbig = [r["result"] for r in rows if r["tool"] == "c-10k"]
    if big:
        out["norms_10k_agents"] = {"entente_s_per_generation": big[0]["median_seconds_per_generation"],
                                   "state_bytes_per_agent": big[0]["state_bytes_per_agent"],
                                   "max_rss_bytes": big[0]["max_rss_bytes"]}
        if cbig:
            out["norms_10k_agents"]["c_s_per_generation"] = cbig[0]["seconds"] / cbig[0]["generations"]
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/entente-sim-bench.jsonl")
