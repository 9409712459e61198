#!/usr/bin/env python3
"""Generate networkx reference values for EntenteNetworkTests.

Writes edge-list CSVs to Tests/EntenteNetworkTests/Fixtures/graphs/ and one JSON file of
reference values per graph to Tests/EntenteNetworkTests/Fixtures/reference/, so the Swift tests
compare against networkx without needing Python in CI.

    python3 scripts/reference/network/make_reference.py [--peers /work/shared/peers]

Needs networkx (3.6.1 was used), numpy and scipy. Graphs are read exactly as the peer script
networkx_metrics.py reads them (nodes in order of first appearance, repeated edges summed,
self-loops dropped). Values are keyed by node label; NaN (constraint of an isolated node) and
measures that networkx could not compute (non-convergence) are written as null.
The 2,000-node graph gets only the benchmark measures (betweenness with inverse weights,
eigenvector, Louvain), since its betweenness takes about 45 s in networkx.
"""

import argparse
import csv
import json
import math
import os
import shutil
import sys

# networkx iterates Python sets of string labels (clustering, constraint), whose order depends on
# the string hash seed; fix it so the last bits of the reference values are reproducible.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "EntenteNetworkTests", "Fixtures")
GRAPHS = os.path.join(FIXTURES, "graphs")
REFERENCE = os.path.join(FIXTURES, "reference")

LOUVAIN_SEEDS = list(range(1, 21))


def read_graph(path, directed):
    g = nx.DiGraph() if directed else nx.Graph()
    with open(path, newline="") as fh:
        for row in csv.reader(fh):
            if not row or row[0].startswith("#"):
                continue
            if row[0].strip() in ("source", "src", "from", "u"):
                continue
            wt = float(row[2]) if len(row) >= 3 else 1.0
            u, v = row[0].strip(), row[1].strip()
            if u == v:
                continue
            if g.has_edge(u, v):
                g[u][v]["weight"] += wt
            else:
                g.add_edge(u, v, weight=wt)
    return g


def write_csv(path, edges):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        for u, v, wt in edges:
            w.writerow([u, v, wt])


def clean(d):
    out = {}
    for k, v in d.items():
        v = float(v)
        out[str(k)] = None if math.isnan(v) else v
    return out


def attempt(f):
    try:
        return clean(f())
    except nx.PowerIterationFailedConvergence:
        return None


def with_distance(g):
    h = g.copy()
    for _, _, d in h.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    return h


def full_reference(g):
    h = with_distance(g)
    ref = {
        "degree": clean(dict(g.degree())),
        "strength": clean(dict(g.degree(weight="weight"))),
        "betweenness_hops": clean(nx.betweenness_centrality(g, weight=None, normalized=True)),
        "betweenness_weight": clean(nx.betweenness_centrality(g, weight="weight", normalized=True)),
        "betweenness_inverse": clean(nx.betweenness_centrality(h, weight="distance", normalized=True)),
        "betweenness_hops_raw": clean(nx.betweenness_centrality(g, weight=None, normalized=False)),
        "eigenvector_weighted": attempt(lambda: nx.eigenvector_centrality(g, weight="weight", max_iter=1000, tol=1e-6)),
        "eigenvector_unweighted": attempt(lambda: nx.eigenvector_centrality(g, weight=None, max_iter=1000, tol=1e-6)),
        "pagerank_weighted": attempt(lambda: nx.pagerank(g, alpha=0.85, weight="weight")),
        "pagerank_unweighted": attempt(lambda: nx.pagerank(g, alpha=0.85, weight=None)),
        "clustering_weighted": clean(nx.clustering(g, weight="weight")),
        "clustering_unweighted": clean(nx.clustering(g)),
        "constraint_weighted": clean(nx.constraint(g, weight="weight")),
        "constraint_unweighted": clean(nx.constraint(g)),
    }
    source = next(iter(g.nodes()))
    ref["shortest_from"] = str(source)
    ref["shortest_hops"] = clean(nx.single_source_shortest_path_length(g, source))
    ref["shortest_weight"] = clean(nx.single_source_dijkstra_path_length(g, source, weight="weight"))
    ref["shortest_inverse"] = clean(nx.single_source_dijkstra_path_length(h, source, weight="distance"))
    return ref


def louvain_reference(g):
    u = g.to_undirected() if g.is_directed() else g
    if g.is_directed():
        # Entente symmetrises directed graphs for Louvain: weight = sum of both directions.
        u = nx.Graph()
        u.add_nodes_from(g.nodes())
        for a, b, d in g.edges(data=True):
            if u.has_edge(a, b):
                u[a][b]["weight"] += d["weight"]
            else:
                u.add_edge(a, b, weight=d["weight"])
    runs = []
    for seed in LOUVAIN_SEEDS:
        comms = nx.community.louvain_communities(u, weight="weight", resolution=1, threshold=1e-07, seed=seed)
        runs.append((nx.community.modularity(u, comms, weight="weight"), comms))
    mods = [m for m, _ in runs]
    best_partition = runs[0][1]
    membership = {}
    for i, c in enumerate(sorted((sorted(c) for c in best_partition), key=lambda c: (-len(c), c[0]))):
        for node in c:
            membership[str(node)] = i
    return {
        "seeds": LOUVAIN_SEEDS,
        "modularities": mods,
        "min": min(mods),
        "max": max(mods),
        "mean": sum(mods) / len(mods),
        "seed1_membership": membership,
        "seed1_modularity": mods[0],
        "seed1_modularity_resolution_2": nx.community.modularity(u, best_partition, weight="weight", resolution=2),
    }


def describe(name, csv_name, g, directed):
    return {
        "name": name,
        "csv": csv_name,
        "directed": directed,
        "networkx": nx.__version__,
        "nodes": [str(n) for n in g.nodes()],
        "edges": g.number_of_edges(),
    }


def hand_made():
    karate = nx.karate_club_graph()
    florentine = nx.florentine_families_graph()
    return {
        "karate": ([(f"k{u}", f"k{v}", d["weight"]) for u, v, d in karate.edges(data=True)], False),
        "florentine": ([(u.replace(" ", "_"), v.replace(" ", "_"), 1) for u, v in florentine.edges()], False),
        # Integer weights, so several shortest paths tie exactly (hops and weight).
        "ties_integer": ([("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("d", "a", 1), ("a", "c", 2),
                          ("d", "e", 1), ("e", "f", 3), ("b", "e", 2)], False),
        # Three components of different sizes.
        "disconnected": ([("x", "y", 1), ("y", "z", 2), ("z", "x", 3), ("p", "q", 1), ("q", "r", 1),
                          ("r", "s", 2), ("q", "s", 0.5), ("m", "n", 4)], False),
        # Reciprocated ties, a node without in-ties (f) and a dangling node (g).
        "directed_small": ([("a", "b", 1), ("b", "c", 2), ("c", "a", 1), ("a", "c", 0.5), ("c", "d", 1),
                            ("d", "e", 2), ("e", "c", 1), ("b", "e", 1), ("f", "a", 1), ("e", "g", 1.5),
                            ("c", "b", 0.25)], True),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peers", default="/work/shared/peers")
    ap.add_argument("--skip-large", action="store_true", help="skip the 2,000-node graph (slow)")
    args = ap.parse_args()
    os.makedirs(GRAPHS, exist_ok=True)
    os.makedirs(REFERENCE, exist_ok=True)

    jobs = []
    for name, (edges, directed) in hand_made().items():
        csv_name = f"{name}.csv"
        write_csv(os.path.join(GRAPHS, csv_name), edges)
        jobs.append((name, csv_name, directed, True))
    for peer in ("graph_n200_m800.csv", "graph_n2000_m10000.csv"):
        shutil.copyfile(os.path.join(args.peers, peer), os.path.join(GRAPHS, peer))
    jobs.append(("n200", "graph_n200_m800.csv", False, True))
    jobs.append(("n200_directed", "graph_n200_m800.csv", True, True))

    for name, csv_name, directed, full in jobs:
        g = read_graph(os.path.join(GRAPHS, csv_name), directed)
        ref = describe(name, csv_name, g, directed)
        ref.update(full_reference(g))
        ref["louvain"] = louvain_reference(g)
        with open(os.path.join(REFERENCE, f"{name}.json"), "w") as fh:
            json.dump(ref, fh, indent=1, sort_keys=True)
            fh.write("\n")
        print(f"wrote {name}", file=sys.stderr)

    if not args.skip_large:
        csv_name = "graph_n2000_m10000.csv"
        g = read_graph(os.path.join(GRAPHS, csv_name), False)
        ref = describe("n2000", csv_name, g, False)
        ref["degree"] = clean(dict(g.degree()))
        ref["strength"] = clean(dict(g.degree(weight="weight")))
        ref["betweenness_inverse"] = clean(
            nx.betweenness_centrality(with_distance(g), weight="distance", normalized=True))
        ref["eigenvector_weighted"] = attempt(
            lambda: nx.eigenvector_centrality(g, weight="weight", max_iter=1000, tol=1e-6))
        ref["louvain"] = louvain_reference(g)
        with open(os.path.join(REFERENCE, "n2000.json"), "w") as fh:
            json.dump(ref, fh, indent=1, sort_keys=True)
            fh.write("\n")
        print("wrote n2000", file=sys.stderr)


if __name__ == "__main__":
    main()
