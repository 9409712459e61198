#!/usr/bin/env python3
"""CPU time of networkx computing every measure on every year-layer edge list in a folder.

The per-year peer of the NetworkBenchmarks year benchmark: scripts/peers/network/compare_years.sh
writes DIR/<layer>_<year>.csv with `entente network export --year Y --layer L --format csv` (files
without ties removed), then

    python3 scripts/peers/network/networkx_years.py DIR > nx_years.json
    cd Benchmarks && ENTENTE_NETWORK_YEARS=DIR swift package benchmark --target NetworkBenchmarks

Both sides read each file undirected, summing the two directions of an alliance tie.

The set of measures is networkx_cpu_time.py's --all-measures set (degree and strength,
betweenness with distance = 1/weight, eigenvector max_iter=1000 tol=1e-6, PageRank 0.85, weighted
clustering, weighted constraint, partner HHI, Louvain seed 1 threshold 1e-7 plus modularity).
A year-layer without ties is skipped by both sides (compare_years.sh removes its file).
"""
import glob
import json
import os
import sys
import time

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from networkx_cpu_time import read_graph  # noqa: E402


def all_measures(g):
    for _, _, d in g.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    dict(g.degree())
    strength = dict(g.degree(weight="weight"))
    nx.betweenness_centrality(g, weight="distance", normalized=True)
    nx.eigenvector_centrality(g, weight="weight", max_iter=1000, tol=1e-06)
    nx.pagerank(g, alpha=0.85, weight="weight")
    nx.clustering(g, weight="weight")
    nx.constraint(g, weight="weight")
    {u: sum((d["weight"] / strength[u]) ** 2 for _, _, d in g.edges(u, data=True)) for u in g}
    comms = nx.community.louvain_communities(g, weight="weight", resolution=1, threshold=1e-07, seed=1)
    nx.community.modularity(g, comms, weight="weight")


def main():
    files = sorted(glob.glob(os.path.join(sys.argv[1], "*.csv")))
    graphs = [(os.path.basename(f), read_graph(f)) for f in files]
    per_file = {}
    total = 0.0
    for name, g in graphs:
        if g.number_of_edges() == 0:
            continue
        t = time.process_time()
        all_measures(g)
        dt = time.process_time() - t
        per_file[name] = dt
        total += dt
    print(json.dumps({
        "networkx": nx.__version__,
        "graphs": len(per_file),
        "nodes": sum(g.number_of_nodes() for _, g in graphs),
        "edges": sum(g.number_of_edges() for _, g in graphs),
        "cpu_seconds": {"all_measures": total},
        "per_file": per_file,
    }))


if __name__ == "__main__":
    main()
