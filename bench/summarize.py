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


TERMS = ["rare", "typical", "common", "missing", "dense"]


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
    words = dict(l.strip().split("=", 1) for l in read(folder, "search-terms.txt").splitlines() if "=" in l)
    r["terms"] = words

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
        for c in result_lines(text, "CPU") + result_lines(text, "AUDIT"):
            run.update(c)
        tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text)
        if tps:
            run["rps"] = tps.group(1)
        waits = waits_summary(read(folder, "waits-%s.txt" % label))
        if waits:
            run["pg_waits"] = waits
        runs[label] = run
    r["runs"] = runs

    # EXPLAIN ANALYZE per term and statement (warm, one session)
    sent = {l["term"]: l for l in result_lines(read(folder, "explain.txt"), "SENT")}
    explain = {}
    for part in read(folder, "explain.txt").split("=== ")[1:]:
        head = part.split()
        if len(head) < 2:
            continue
        ex = re.search(r"Execution Time: ([\d.]+) ms", part)
        pl = re.search(r"Planning Time: ([\d.]+) ms", part)
        explain.setdefault(head[0], {})[head[1]] = {
            "execution_ms": float(ex.group(1)) if ex else None, "planning_ms": float(pl.group(1)) if pl else None}
    r["explain"] = explain
    r["sent"] = sent
    plans = json.loads(read(folder, "plans.json") or "{}").get("plans", {})
    r["plans"] = plans

    # the quarterly count
    qtext = read(folder, "quarter.txt")
    quarter = kv(qtext.splitlines()[0]) if qtext else {}
    m = re.search(r"consultations_in_quarter=(\d+)", qtext)
    if m:
        quarter["consultations"] = m.group(1)
    m = re.search(r"^\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*$", qtext, re.M)
    if m:
        quarter.update(monitoring_cases=m.group(1), monitoring_yes=m.group(2), guidance_cases=m.group(3),
                       guidance_yes=m.group(4))
    for part in qtext.split("=== ")[1:]:
        ex = re.search(r"Execution Time: ([\d.]+) ms", part)
        pl = re.search(r"Planning Time: ([\d.]+) ms", part)
        name = part.split()[0]
        quarter[name + "_execution_ms"] = float(ex.group(1)) if ex else None
        quarter[name + "_planning_ms"] = float(pl.group(1)) if pl else None
        if name == "warm":
            quarter["plan"] = ", ".join(re.findall(r"([A-Z][A-Za-z ]*?(?: using \w+)?) on consultation", part))
    r["quarter"] = quarter

    # heap from jstat -gc samples (KiB)
    lines = [l.split() for l in read(folder, "jstat.txt").splitlines() if l.strip()]
    heap = {}
    if len(lines) > 1 and lines[0][0] == "S0C":
        head = lines[0]
        rows = [dict(zip(head, map(float, l))) for l in lines[1:] if len(l) == len(head) and l[0] != "S0C"]
        if rows:
            used = [x["S0U"] + x["S1U"] + x["EU"] + x["OU"] for x in rows]
            committed = [x["S0C"] + x["S1C"] + x["EC"] + x["OC"] for x in rows]
            heap = {
                "samples": len(rows),
                "max_used_mib": round(max(used) / 1024, 1),
                "max_committed_mib": round(max(committed) / 1024, 1),
                "young_gcs": int(rows[-1]["YGC"] - rows[0]["YGC"]),
                "full_gcs": int(rows[-1]["FGC"] - rows[0]["FGC"]),
                "gc_time_s": round(rows[-1]["GCT"] - rows[0]["GCT"], 2),
            }
    rss = kv(read(folder, "rss.txt").strip())
    if rss:
        heap["rss_mib"] = round(int(rss["rss_kib"]) / 1024, 1)
    heap["oom"] = "OutOfMemoryError" in read(folder, "app.log")
    r["heap"] = heap
    r["audit"] = kv(read(folder, "audit.txt").strip())

    f = lambda run, key: float(runs.get(run, {}).get(key, "nan"))
    per_term = {}
    for t in TERMS:
        per_term[t] = {
            "rps_ratio": f("search-" + t, "rps") / f("sql-" + t, "rps"),
            "c1_p50_ratio": f("search-%s-c1" % t, "p50_ms") / f("sql-%s-c1" % t, "p50_ms"),
            "c1_p95_ms": f("search-%s-c1" % t, "p95_ms"),
        }
    r["ratios"] = per_term
    case = runs.get("case", {})
    audit_wait = case.get("pg_waits", {}).get("audit-lock-wait", 0.0)
    advisory = case.get("pg_waits", {}).get("Lock:advisory", 0.0)
    with open(os.path.join(folder, "results.json"), "w") as out:
        json.dump(r, out, indent=2, default=str)

    # ---- Markdown ----
    p = print
    g = r["generator"]
    d = r["data"]
    p("# Tutela load test: %s, %s cases" % (machine.get("date_utc", "?"), d.get("cases")))
    p()
    p("Machine: %s cores (%s), %s MiB; %s; %s; PostgreSQL %s (shared_buffers %s, fsync %s, synchronous_commit %s); "
      "fdatasync %s/s." % (machine.get("cores"), machine.get("cpu"), machine.get("mem_total_mib"),
                           machine.get("java"), machine.get("wrk"), machine.get("postgres"),
                           machine.get("pg_shared_buffers"), machine.get("pg_fsync"),
                           machine.get("pg_synchronous_commit"), machine.get("fdatasync_8k_per_s")))
    p()
    p("Data: %s cases, %s people, %s consultations, %s audit rows (%s sealed by the generator); case_file %s "
      "(word index %s), person %s, audit %s, database %s." % (
          d.get("cases"), d.get("people"), d.get("consultations"), d.get("audit_rows"), g.get("audit_sealed"),
          d.get("case_file_size"), d.get("words_index_size"), d.get("person_size"), d.get("audit_size"),
          d.get("database_size")))
    p()
    p("Load: generated in %s s of Python while loading with COPY (%s s for both), indexes %s s, foreign keys "
      "checked %s s, audit rows sealed %s s, VACUUM ANALYZE %s s: **%s s in all**." % (
          g.get("generate_s"), g.get("load_s"), g.get("indexes_s"), g.get("foreign_keys_s"), g.get("audit_seal_s"),
          g.get("vacuum_analyze_s"), g.get("total_s")))
    p()
    p("## Search as bas (API token), and the same statements as bare SQL (pgbench -M prepared, custom plans)")
    p()
    p("| term | word | cases | statements | app c50 req/s | p50 | p95 | SQL c50 req/s | p50 | p95 | "
      "**app/SQL req/s** (>= 0.6) | app c1 p50 | p95 | SQL c1 p50 | p95 | **app/SQL c1 p50** (<= 1.5) |")
    p("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    fmt = lambda v, spec="%.1f": "–" if v != v else spec % v
    for t in TERMS:
        rt = per_term[t]
        p("| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | **%s** | %s | %s | %s | %s | **%s** |" % (
            t, words.get(t, "?"), d.get("matches_" + t, "?"), sent.get(t, {}).get("statements", "?").replace(",", ", "),
            fmt(f("search-" + t, "rps"), "%.0f"), fmt(f("search-" + t, "p50_ms")), fmt(f("search-" + t, "p95_ms")),
            fmt(f("sql-" + t, "rps"), "%.0f"), fmt(f("sql-" + t, "p50_ms")), fmt(f("sql-" + t, "p95_ms")),
            fmt(rt["rps_ratio"], "%.2f"), fmt(f("search-%s-c1" % t, "p50_ms"), "%.2f"),
            fmt(f("search-%s-c1" % t, "p95_ms"), "%.2f"), fmt(f("sql-%s-c1" % t, "p50_ms"), "%.2f"),
            fmt(f("sql-%s-c1" % t, "p95_ms"), "%.2f"), fmt(rt["c1_p50_ratio"], "%.2f")))
    p()
    p("Milliseconds. The bare SQL is the app's statements, as the app sends them (no transaction around them).")
    p()
    p("EXPLAIN (ANALYZE, BUFFERS), warm, custom plans (execution + planning ms):")
    p()
    for t in TERMS:
        e = explain.get(t, {})
        p("- %s: %s" % (t, ", ".join("%s %.2f + %.2f" % (k, v["execution_ms"] or 0, v["planning_ms"] or 0)
                                      for k, v in e.items())))
    p()
    p("## Plan stability: %s fresh `ANALYZE case_file` samples" % (
        next(iter(next(iter(plans.values())).values()))["runs"] if plans else "?"))
    p()
    p("| term | statement | runs with the most frequent shape | shapes seen | word index rows estimated |")
    p("|---|---|---|---|---|")
    shapes = []
    for t in TERMS:
        for st, pr in plans.get(t, {}).items():
            if pr["most_frequent"] not in shapes:
                shapes.append(pr["most_frequent"])
            est = sorted(set(x for x in pr["word_index_rows"] if x is not None))
            p("| %s | %s | **%d/%d** (shape %d) | %d | %s |" % (
                t, st, pr["most_frequent_runs"], pr["runs"], shapes.index(pr["most_frequent"]) + 1,
                len(pr["shapes"]), ", ".join(map(str, est)) if est else "(no word index scan)"))
    p()
    p("Shapes (node types and index names; children in brackets):")
    p()
    for i, s_ in enumerate(shapes):
        p("%d. `%s`" % (i + 1, s_))
    others = [(t, st, s_, n) for t in TERMS for st, pr in plans.get(t, {}).items()
              for s_, n in pr["shapes"].items() if s_ != pr["most_frequent"]]
    if others:
        p()
        p("Other shapes seen:")
        p()
        for t, st, s_, n in others:
            p("- %s %s, %d run(s): `%s`" % (t, st, n, s_))
    p()
    p("## Case page as supervisor (an audit row per view)")
    p()
    p("| run | conns | views/s | p50 ms | p95 ms | p99 ms | non-2xx | audit rows written |")
    p("|---|---|---|---|---|---|---|---|")
    for name in ("case", "case-c1"):
        run = runs.get(name, {})
        p("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, run.get("conns"), fmt(f(name, "rps"), "%.0f"), run.get("p50_ms"), run.get("p95_ms"),
            run.get("p99_ms"), run.get("non2xx"),
            run.get("audit_rows", r["audit"].get("audit_rows_case_run", "–") if name == "case" else "–")))
    p()
    p("Backends waiting on audit locks (advisory, or a lock on an audit table), average over the c50 run: **%.2f** "
      "(Lock:advisory %.2f)." % (audit_wait, advisory))
    p()
    p("## Quarterly count over consultations (ConsultationLog.quarter, demo bas, %s to %s)" % (
        quarter.get("quarter_from"), quarter.get("quarter_to")))
    p()
    p("%s consultations of the bas in the quarter: E.1.1 %s of %s cases, E.1.2 %s of %s. EXPLAIN ANALYZE: first "
      "%s ms + %s ms planning, warm %s ms + %s ms; plan: %s." % (
          quarter.get("consultations"), quarter.get("monitoring_yes"), quarter.get("monitoring_cases"),
          quarter.get("guidance_yes"), quarter.get("guidance_cases"), quarter.get("first_execution_ms"),
          quarter.get("first_planning_ms"), quarter.get("warm_execution_ms"), quarter.get("warm_planning_ms"),
          quarter.get("plan") or "?"))
    p()
    p("## Audit chain")
    p()
    p("/api/v1/audit/verify as admin at the end: %s" % ", ".join("%s %s" % kv_ for kv_ in r["audit"].items()))
    p()
    p("## Every run")
    p()
    p("| run | conns | requests/s | p50 ms | p75 ms | p90 ms | p95 ms | p99 ms | max ms | non-2xx | "
      "socket errors | CPU s: java / pg / client / other | try |")
    p("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    order = ["static"] + ["%s-%s%s" % (k, t, c) for t in TERMS for k in ("search", "sql") for c in ("", "-c1")] \
        + ["case", "case-c1"]
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
    p("PostgreSQL client backends, average number active by wait event (CPU = not waiting; audit-lock-wait = lock "
      "requests not granted on an advisory lock or an audit table):")
    p()
    for name in order:
        w = runs.get(name, {}).get("pg_waits")
        if w:
            p("- %s: %s" % (name, ", ".join("%s %s" % kv_ for kv_ in w.items())))
    p()
    p("Heap (jstat, 1 s samples during the app's measured runs): %s" % ", ".join("%s %s" % kv_ for kv_ in heap.items()))
    p()
    p("## Goals")
    p()
    p("| goal | measured | met |")
    p("|---|---|---|")
    rows = []
    for t in ("rare", "typical", "common", "missing"):
        v = per_term[t]["rps_ratio"]
        rows.append(("search %s: app c50 req/s >= 0.6 x bare SQL" % t, fmt(v, "%.2f"), v >= 0.6))
    for t in TERMS:
        v = per_term[t]["c1_p50_ratio"]
        rows.append(("search %s: app c1 p50 <= 1.5 x bare SQL" % t, fmt(v, "%.2f"), v <= 1.5))
    for t in TERMS:
        for st, pr in plans.get(t, {}).items():
            rows.append(("plan of %s (%s) the same in every fresh ANALYZE" % (st, t),
                         "%d/%d" % (pr["most_frequent_runs"], pr["runs"]), pr["most_frequent_runs"] == pr["runs"]))
    v = f("case", "rps")
    rows.append(("case page >= 250 views/s (c50)", fmt(v, "%.0f"), v >= 250))
    v = f("case", "p95_ms")
    rows.append(("case page p95 <= 300 ms (c50)", fmt(v) + " ms", v <= 300))
    rows.append(("< 1 backend waiting on audit locks on average (case page c50)", "%.2f" % audit_wait,
                 audit_wait < 1))
    rows.append(("audit chain valid and all sealed", "valid %s, not yet sealed %s" % (
        r["audit"].get("audit_valid"), r["audit"].get("audit_not_yet_sealed")),
        r["audit"].get("audit_valid") == "True" and r["audit"].get("audit_not_yet_sealed") == "0"))
    big = int(d.get("cases", "0") or 0) >= 1_000_000
    for t in ("rare", "common", "missing"):
        v = per_term[t]["c1_p95_ms"]
        rows.append(("search %s: c1 p95 <= 50 ms%s" % (t, "" if big else " (the goal is at 1,000,000 cases)"),
                     fmt(v, "%.2f") + " ms", v <= 50))
    total = float(g.get("total_s", "nan"))
    rows.append(("load <= 20 minutes%s" % ("" if big else " (the goal is at 1,000,000 cases)"),
                 fmt(total, "%.0f") + " s", total <= 1200))
    for name, value, met in rows:
        p("| %s | %s | %s |" % (name, value, "yes" if met else "**no**"))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--pgbench-log":
        pgbench_log(sys.argv[2])
    elif len(sys.argv) == 2:
        main(sys.argv[1])
    else:
        sys.exit(__doc__)
