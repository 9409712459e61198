#!/usr/bin/env python3
"""CPU time (time.process_time) of networkx's betweenness, eigenvector and Louvain on an edge list.

Wall-clock ratios on a shared 2-core machine move with the load other processes put on it; CPU
time of a single-threaded computation moves much less. This script measures exactly what
networkx_metrics.py measures (same reading, same parameters: betweenness with distance = 1/weight,
eigenvector max_iter=1000 tol=1e-6, Louvain seed 1 threshold 1e-7 plus modularity), but reports
process CPU seconds. Compare with the CPU time of the NetworkBenchmarks target
(`cd Benchmarks && swift package benchmark --target NetworkBenchmarks`).

    python3 scripts/peers/network/networkx_cpu_time.py /work/shared/peers/graph_n2000_m10000.csv
    python3 scripts/peers/network/networkx_cpu_time.py /work/shared/peers/graph_n200_m800.csv --all-measures

With --all-measures it also times the whole set that `NetworkMeasures.compute` returns (degree
and strength, betweenness, eigenvector, PageRank, weighted clustering, weighted constraint,
partner HHI, Louvain with modularity) as "all_measures", the per-year unit of work.
"""
import csv
import json
import sys
import time

import networkx as nx


def read_graph(path):
    g = nx.Graph()
    with open(path, newline="") as fh:
        for row in csv.reader(fh):
            if not row or row[0].startswith("#"):
                continue
            try:
                wt = float(row[2]) if len(row) >= 3 else 1.0
            except ValueError:
                continue
            u, v = row[0].strip(), row[1].strip()
            if u == v:
                continue
            if g.has_edge(u, v):
                g[u][v]["weight"] += wt
            else:
                g.add_edge(u, v, weight=wt)
    return g


def main():
    g = read_graph(sys.argv[1])
    cpu = {}
    t = time.process_time()
    for _, _, d in g.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    nx.betweenness_centrality(g, weight="distance", normalized=True)
    cpu["betweenness"] = time.process_time() - t
    t = time.process_time()
    nx.eigenvector_centrality(g, weight="weight", max_iter=1000, tol=1e-06)
    cpu["eigenvector"] = time.process_time() - t
    t = time.process_time()
    comms = nx.community.louvain_communities(g, weight="weight", resolution=1, threshold=1e-07, seed=1)
    nx.community.modularity(g, comms, weight="weight")
    cpu["louvain"] = time.process_time() - t
    if "--all-measures" in sys.argv:
        t = time.process_time()
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
        cpu["all_measures"] = time.process_time() - t
    print(json.dumps({"networkx": nx.__version__, "cpu_seconds": cpu}))


if __name__ == "__main__":
    main()
