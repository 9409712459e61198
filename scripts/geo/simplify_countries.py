#!/usr/bin/env python3
"""Make the dashboard's world map file from the shared Natural Earth boundaries.

Input : Natural Earth 1:10m Admin 0 Countries (v5.1.1, German point-of-view edition), already
        simplified to 0.01 degrees (see /work/shared/data/geo/README.md). Public domain.
Output: Sources/EntenteServer/Resources/geo/countries.geojson, small enough to load once when
        the server starts and draw at world scale (about 1 px per 0.3 degrees).

What it does, feature by feature, with the standard library only:
  1. keeps two properties: `iso3` (ISO_A3_EH, else ADM0_A3, because ISO_A3 is -99 for France,
     Norway and Kosovo) and `name` (NAME);
  2. simplifies each ring with Douglas-Peucker at TOLERANCE degrees;
  3. drops rings whose area is below MIN_AREA square degrees (islands invisible at world scale),
     but always keeps a feature's largest ring so no country disappears;
  4. rounds coordinates to DIGITS decimals.

Usage: python3 scripts/geo/simplify_countries.py [INPUT] [OUTPUT]
"""
import json
import sys
from pathlib import Path

TOLERANCE = 0.25  # degrees
MIN_AREA = 0.5  # square degrees
DIGITS = 2

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_INPUT = Path("/work/shared/data/geo/countries.geojson")
DEFAULT_OUTPUT = ROOT / "Sources/EntenteServer/Resources/geo/countries.geojson"


def perpendicular_distance(p, a, b):
    """Distance from p to the line through a and b (to a when a == b)."""
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def douglas_peucker(points, tolerance):
    """Iterative Douglas-Peucker (no recursion limit on long coastlines)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = perpendicular_distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    """Absolute shoelace area in square degrees."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def simplify_ring(ring):
    # A closed ring is split in two halves so the closing point is kept as an end point.
    middle = len(ring) // 2
    simplified = douglas_peucker(ring[: middle + 1], TOLERANCE)[:-1] + douglas_peucker(ring[middle:], TOLERANCE)
    return [[round(x, DIGITS), round(y, DIGITS)] for x, y in simplified]


def simplify_feature(feature):
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    largest = max((area(p[0]) for p in polygons), default=0)
    kept = []
    for polygon in polygons:
        outer = polygon[0]
        if area(outer) < MIN_AREA and area(outer) < largest:
            continue
        rings = [simplify_ring(outer)] + [simplify_ring(r) for r in polygon[1:] if area(r) >= MIN_AREA]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            kept.append(rings)
    if not kept:  # a speck of a country: keep its outer ring unsimplified
        kept = [[[[round(x, DIGITS), round(y, DIGITS)] for x, y in polygons[0][0]]]]
    p = feature["properties"]
    iso3 = p["ISO_A3_EH"] if p["ISO_A3_EH"] not in ("-99", None) else p["ADM0_A3"]
    return {
        "type": "Feature",
        "properties": {"iso3": iso3, "name": p["NAME"]},
        "geometry": {"type": "MultiPolygon", "coordinates": kept},
    }


def main():
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_INPUT
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUTPUT
    data = json.loads(source.read_text())
    features = [simplify_feature(f) for f in data["features"]]
    out = {
        "type": "FeatureCollection",
        "name": "countries (Natural Earth 1:10m v5.1.1, German point of view; simplified for the dashboard)",
        "features": features,
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    points = sum(len(r) for f in features for poly in f["geometry"]["coordinates"] for r in poly)
    print(f"{len(features)} features, {points} points, {target.stat().st_size} bytes -> {target}")


if __name__ == "__main__":
    main()
