#!/usr/bin/env python3
"""Writes BENCHMARKS.md: a summary table plus the per-module reports in docs/benchmarks/, whose
headings move down one level (code blocks are left alone). Every figure comes from a measured run."""
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
head = (root / "scripts/bench/benchmarks-summary.md").read_text()
parts = [head.rstrip() + "\n"]
for name in ["data", "law", "network", "sim", "http", "panels", "postgres", "fuzzing"]:
    lines, fenced = [], False
    for line in (root / f"docs/benchmarks/{name}.md").read_text().splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("#"):
            line = "#" + line
        lines.append(line)
    parts.append("\n" + "\n".join(lines).rstrip() + "\n")
(root / "BENCHMARKS.md").write_text("".join(parts))
