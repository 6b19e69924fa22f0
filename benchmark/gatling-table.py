#!/usr/bin/env python3
"""Prints a Gatling HTML report's statistics as a Markdown table, for BENCHMARKS.md.

   benchmark/gatling-table.py benchmark/target/gatling/eveningpeaksimulation-<timestamp> [--pages]

Reads index.html (Gatling 3.15 writes the table there: count, OK, KO, requests/s, min, p50, p75, p95,
p99, max, mean, std). With --pages only the pages and actions are kept (no static resources).
"""
import html
import re
import sys
from pathlib import Path

report = Path(sys.argv[1]) / "index.html"
pages_only = "--pages" in sys.argv[2:]
text = report.read_text(encoding="utf-8")
rows = []
# One table row per request: its name, then td cells with classes col-2 ... col-14.
for match in re.finditer(r'class="ellipsed-name">([^<]*)</span>(.*?)</tr>', text, re.S):
    name = html.unescape(match.group(1)).strip()
    cells = dict(re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', match.group(2)))
    if not cells:
        continue
    if pages_only and re.search(r"\.(css|js|woff2?)\.xhtml|Redirect|^staff login page$", name):
        continue
    rows.append((name, cells))

print("| request | count | KO | req/s | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, c in rows:
    print(f"| {name} | {c['2']} | {c['4']} | {c['6']} | {c['8']} | {c['10']} | {c['11']} | {c['12']} |")
