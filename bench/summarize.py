#!/usr/bin/env python3
"""Summarizes a bench/run.sh result folder as Markdown (stdout) and results.json (in the folder).

    python3 bench/summarize.py bench/out/latest
    cat pgbench_log.* | python3 bench/summarize.py --pgbench-log LABEL   (used by run.sh)
"""
import json
import os
import re
import sys


def kv(line):
    return dict(p.split("=", 1) for p in line.split() if "=" in p)


def percentile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    i = min(len(sorted_values) - 1, max(0, int(round(q / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[i]


def pgbench_log(label):
    """pgbench -l lines: client_id transaction_no latency_us script_no epoch_s epoch_us."""
    lat, first, last = [], None, None
    for line in sys.stdin:
        f = line.split()
        if len(f) < 6:
            continue
        lat.append(int(f[2]) / 1000.0)
        end = int(f[4]) + int(f[5]) / 1e6
        first = end if first is None else min(first, end)
        last = end if last is None else max(last, end)
    lat.sort()
    n = len(lat)
    mean = sum(lat) / n if n else float("nan")
    print("RESULT label=%s requests=%d p50_ms=%.2f p75_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f "
          "mean_ms=%.2f" % (label, n, percentile(lat, 50), percentile(lat, 75), percentile(lat, 90),
                            percentile(lat, 95), percentile(lat, 99), lat[-1] if n else float("nan"), mean))


def waits_summary(text):
    """Average number of active PostgreSQL client backends per wait event, from the \\watch samples."""
    samples, counts = 0, {}
    for line in text.splitlines():
        f = line.split()
        if len(f) != 2:
            continue
        if f[0] == "sample":
            samples += 1
        else:
            counts[f[0]] = counts.get(f[0], 0) + int(f[1])
    if not samples:
        return {}
    return {k: round(v / samples, 2) for k, v in sorted(counts.items(), key=lambda kv: -kv[1])}


def read(folder, name):
    path = os.path.join(folder, name)
    return open(path).read() if os.path.exists(path) else ""


def result_lines(text, prefix):
    return [kv(l) for l in text.splitlines() if l.startswith(prefix + " ")]


def main(folder):
    r = {"folder": os.path.abspath(folder)}
    machine = {}
    for line in read(folder, "machine.txt").splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            machine[k] = v
    r["machine"] = machine
    gen = read(folder, "generate.txt").strip().splitlines()
    r["generator"] = kv(gen[-1]) if gen else {}
    r["data"] = dict(l.split("=", 1) for l in read(folder, "data.txt").splitlines() if "=" in l)

    runs = {}
    for name in sorted(os.listdir(folder)):
        m = re.match(r"load-(.+)\.txt$", name)
        if not m or ".try" in name or m.group(1).startswith("warmup-"):
            continue
        label = m.group(1)
        text = read(folder, name)
        res = result_lines(text, "RESULT")
        if not res:
            runs[label] = {"error": "no RESULT line"}
            continue
        run = res[-1]
        for c in result_lines(text, "CPU"):
            run.update(c)
        tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text)
        if tps:
            run["rps"] = tps.group(1)
        waits = waits_summary(read(folder, "waits-%s.txt" % label))
        if waits:
            run["pg_waits"] = waits
        runs[label] = run
    r["runs"] = runs

    explain = read(folder, "explain.txt")
    sections = {}
    for part in explain.split("=== ")[1:]:
        name = part.split()[0]
        ex = re.search(r"Execution Time: ([\d.]+) ms", part)
        pl = re.search(r"Planning Time: ([\d.]+) ms", part)
        sections[name] = {"execution_ms": float(ex.group(1)) if ex else None,
                          "planning_ms": float(pl.group(1)) if pl else None}
        if name == "page":
            if "Index Scan using case_file_region_ix" in part or "Index Scan Backward using case_file_region_ix" in part:
                sections[name]["plan"] = "walks case_file_region_ix in intake_date order, filtering on LIKE"
            elif "case_file_search_ix" in part:
                sections[name]["plan"] = "trigram bitmap scan of case_file_search_ix, then top-N sort"
            scan = re.search(r"on case_file c\s+\(cost=[\d.]+ rows=(\d+) width=\d+\) \(actual time=[\d.]+ rows=([\d.]+)", part)
            removed = re.search(r"Rows Removed by Filter: (\d+)", part)
            if scan:
                sections[name]["scan_rows_estimated"] = int(scan.group(1))
                sections[name]["scan_rows_actual"] = float(scan.group(2))
            if removed:
                sections[name]["rows_removed_by_filter"] = int(removed.group(1))
    r["explain"] = sections

    # heap from jstat -gc samples (KiB)
    lines = [l.split() for l in read(folder, "jstat.txt").splitlines() if l.strip()]
    heap = {}
    if len(lines) > 1 and lines[0][0] == "S0C":
        head = lines[0]
        rows = [dict(zip(head, map(float, l))) for l in lines[1:] if len(l) == len(head) and l[0] != "S0C"]
        if rows:
            used = [x["S0U"] + x["S1U"] + x["EU"] + x["OU"] for x in rows]
            committed = [x["S0C"] + x["S1C"] + x["EC"] + x["OC"] for x in rows]
            old = [x["OU"] for x in rows]
            seconds = len(rows)
            heap = {
                "samples": len(rows),
                "max_used_mib": round(max(used) / 1024, 1),
                "max_committed_mib": round(max(committed) / 1024, 1),
                "max_old_used_mib": round(max(old) / 1024, 1),
                "min_old_used_mib": round(min(old) / 1024, 1),
                "young_gcs": int(rows[-1]["YGC"] - rows[0]["YGC"]),
                "full_gcs": int(rows[-1]["FGC"] - rows[0]["FGC"]),
                "gc_time_s": round(rows[-1]["GCT"] - rows[0]["GCT"], 2),
                "gc_time_share_pct": round(100 * (rows[-1]["GCT"] - rows[0]["GCT"]) / max(1, seconds), 2),
            }
    heap_after = read(folder, "heap-after.txt")
    m = re.search(r"total (\d+)K, used (\d+)K", heap_after)
    if m:
        heap["after_total_mib"] = round(int(m.group(1)) / 1024, 1)
        heap["after_used_mib"] = round(int(m.group(2)) / 1024, 1)
    rss = kv(read(folder, "rss.txt").strip())
    if rss:
        heap["rss_mib"] = round(int(rss["rss_kib"]) / 1024, 1)
        heap["rss_peak_mib"] = round(int(rss["hwm_kib"]) / 1024, 1)
    heap["oom"] = "OutOfMemoryError" in read(folder, "app.log")
    r["heap"] = heap
    r["audit"] = kv(read(folder, "audit.txt").strip())

    f = lambda run, key: float(runs.get(run, {}).get(key, "nan"))
    sql_total = sum((s["execution_ms"] or 0) + (s["planning_ms"] or 0) for s in sections.values())
    ratios = {
        "search_p95_ms": f("search", "p95_ms"),
        "search_rps_over_static_rps": f("search", "rps") / f("static", "rps"),
        "app_c1_p50_over_sql_c1_p50": f("search-c1", "p50_ms") / f("sql-c1", "p50_ms"),
        "app_c50_p50_over_sql_c50_p50": f("search", "p50_ms") / f("sql", "p50_ms"),
        "app_c1_p50_over_explain_total": f("search-c1", "p50_ms") / sql_total if sql_total else float("nan"),
        "app_rps_over_sql_rps": f("search", "rps") / f("sql", "rps"),
        "explain_total_ms": sql_total,
    }
    r["ratios"] = ratios
    with open(os.path.join(folder, "results.json"), "w") as out:
        json.dump(r, out, indent=2, default=str)

    # ---- Markdown ----
    p = print
    g = r["generator"]
    p("# Tutela load test: %s" % machine.get("date_utc", "?"))
    p()
    p("Machine: %s cores (%s), %s MiB; %s; %s; PostgreSQL %s (shared_buffers %s, fsync %s, synchronous_commit %s); "
      "fdatasync %s/s." % (machine.get("cores"), machine.get("cpu"), machine.get("mem_total_mib"),
                           machine.get("java"), machine.get("wrk"), machine.get("postgres"),
                           machine.get("pg_shared_buffers"), machine.get("pg_fsync"),
                           machine.get("pg_synchronous_commit"), machine.get("fdatasync_8k_per_s")))
    p()
    p("Data: %s cases, %s people (%s synthetic workers) generated in %s s, COPY %s s, audit rows sealed in %s s, "
      "VACUUM ANALYZE %s s: **%s s in all**. Search term `%s` matches %s cases." % (
          r["data"].get("cases"), r["data"].get("people"), g.get("workers"), g.get("generate_s"), g.get("copy_s"),
          g.get("audit_seal_s"), g.get("vacuum_analyze_s"), g.get("total_s"), g.get("search_term"),
          r["data"].get("term_matches")))
    p()
    p("| run | conns | requests/s | p50 ms | p75 ms | p90 ms | p95 ms | p99 ms | max ms | non-2xx | "
      "socket errors | CPU s: java / pg / client / other | try |")
    p("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    order = ["static", "search", "case", "sql", "search-c1", "case-c1", "sql-c1"]
    for name in order:
        run = runs.get(name)
        if not run:
            continue
        if "error" in run:
            p("| %s | | %s |" % (name, run["error"]))
            continue
        p("| %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s / %s / %s | %s |" % (
            name, run.get("conns", "?"), float(run.get("rps", "nan")), run.get("p50_ms"), run.get("p75_ms"),
            run.get("p90_ms"), run.get("p95_ms"), run.get("p99_ms"), run.get("max_ms"), run.get("non2xx", "-"),
            run.get("socket_errors", "-"), run.get("java_cpu_s", "-"), run.get("pg_cpu_s", "-"),
            run.get("client_cpu_s", "-"), run.get("other_cpu_s", "-"), run.get("attempt", "-")))
    p()
    p("PostgreSQL client backends, average number active by wait event (CPU = not waiting):")
    p()
    for name in order:
        w = runs.get(name, {}).get("pg_waits")
        if w:
            p("- %s: %s" % (name, ", ".join("%s %s" % kv_ for kv_ in w.items())))
    p()
    p("EXPLAIN ANALYZE (warm): " + ", ".join("%s %.2f ms + %.2f ms planning" % (k, v["execution_ms"] or 0,
                                                                              v["planning_ms"] or 0)
                                             for k, v in sections.items()) + "; total %.2f ms." % sql_total)
    page = sections.get("page", {})
    if page.get("plan"):
        p()
        p("Page query plan: %s (case_file rows estimated %s, returned %s, removed by filter %s)." % (
            page["plan"], page.get("scan_rows_estimated"), page.get("scan_rows_actual"),
            page.get("rows_removed_by_filter", 0)))
    p()
    p("Heap (jstat, 1 s samples during the measured runs): %s" % ", ".join("%s %s" % kv_ for kv_ in heap.items()))
    p()
    p("Audit rows written, and the chain verified at the end: %s"
      % ", ".join("%s %s" % kv_ for kv_ in r["audit"].items()))
    p()
    p("| target | measured | met |")
    p("|---|---|---|")
    rows = [
        ("search p95 <= 50 ms (c50)", "%.1f ms" % ratios["search_p95_ms"], ratios["search_p95_ms"] <= 50),
        ("search rps >= 0.5 x static rps", "%.3f" % ratios["search_rps_over_static_rps"],
         ratios["search_rps_over_static_rps"] >= 0.5),
        ("app <= 2 x bare SQL (p50, one connection, pgbench)", "%.2f" % ratios["app_c1_p50_over_sql_c1_p50"],
         ratios["app_c1_p50_over_sql_c1_p50"] <= 2),
        ("app <= 2 x bare SQL (p50, c50, pgbench)", "%.2f" % ratios["app_c50_p50_over_sql_c50_p50"],
         ratios["app_c50_p50_over_sql_c50_p50"] <= 2),
        ("app <= 2 x bare SQL (one-connection p50 / EXPLAIN ANALYZE total)",
         "%.2f" % ratios["app_c1_p50_over_explain_total"], ratios["app_c1_p50_over_explain_total"] <= 2),
        ("heap <= 512 MiB", "max committed %s MiB, max used %s MiB, OOM %s" % (
            heap.get("max_committed_mib"), heap.get("max_used_mib"), heap.get("oom")),
         (heap.get("max_committed_mib") or 1e9) <= 512 and not heap.get("oom")),
    ]
    for name, value, met in rows:
        p("| %s | %s | %s |" % (name, value, "yes" if met else "**no**"))
    p()
    p("Also: app search rps / bare SQL rps at c50 = %.2f." % ratios["app_rps_over_sql_rps"])


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--pgbench-log":
        pgbench_log(sys.argv[2])
    elif len(sys.argv) == 2:
        main(sys.argv[1])
    else:
        sys.exit(__doc__)
