#!/usr/bin/env python3
"""Plan stability of the case search (bench/run.sh): RUNS times a fresh ANALYZE of case_file (a new random sample),
then EXPLAIN (FORMAT JSON) of the search statements for each term, each plan reduced to its shape (node types and
index names, nested). Prints one line per term and statement with how many runs had the most frequent shape, and
writes plans.json (every shape and its count, the word index's row estimates) into the output folder.

    python3 bench/plans.py --port P --region UUID --terms search-terms.txt --out DIR [--runs 10]

The statements are CaseManagement.search's, with the BAS condition (c.region_id = ?), planned for their values
as the app's connections do (plan_cache_mode = force_custom_plan): the hits statement for every term, and the
ordered statement for terms with more than 5,000 hits, which the app sends only then.
"""
import argparse
import json
import os
import subprocess
import sys

SUMMARY = ("SELECT c.id, c.case_number, c.status, c.intake_date, c.organization_id, o.name AS organization_name, "
           "(SELECT string_agg(m.code, ',' ORDER BY m.code) FROM case_maltreatment m WHERE m.case_id = c.id) "
           "AS maltreatments, (SELECT json_agg(json_build_array(p.id, p.role, p.first_name, p.last_name) "
           "ORDER BY p.role, p.last_name, p.first_name) FROM person p WHERE p.case_id = c.id) AS members")


def statements(region, word):
    where = " WHERE c.region_id = '%s' AND c.search_words @@ search_query(ARRAY['%s'])" % (region, word.replace("'", "''"))
    return {
        "hits": "WITH hits AS MATERIALIZED (SELECT c.id, c.intake_date, c.case_number FROM case_file c" + where
                + " LIMIT 5001), page AS (SELECT * FROM hits ORDER BY intake_date DESC, case_number LIMIT 20 OFFSET 0) "
                + SUMMARY + ", (SELECT count(*) FROM hits) AS hits FROM page h"
                " JOIN case_file c ON c.id = h.id JOIN organization o ON o.id = c.organization_id"
                " ORDER BY h.intake_date DESC, h.case_number",
        "ordered": SUMMARY + ", 0 AS hits FROM case_file c JOIN organization o ON o.id = c.organization_id" + where
                   + " ORDER BY c.intake_date DESC, c.case_number LIMIT 20 OFFSET 0",
    }


def shape(plan):
    """Node types and index names, children in brackets: 'Limit[Sort[Nested Loop[...]]]'."""
    name = plan["Node Type"]
    if plan.get("Index Name"):
        name += " " + plan["Index Name"]
    if plan.get("Parent Relationship") in ("InitPlan", "SubPlan"):
        name = plan.get("Subplan Name", "subplan") + ": " + name
    kids = plan.get("Plans", [])
    return name + ("[" + ", ".join(shape(k) for k in kids) + "]" if kids else "")


def word_index_rows(plan):
    if plan.get("Index Name") == "case_file_words_ix":
        return plan.get("Plan Rows")
    for k in plan.get("Plans", []):
        r = word_index_rows(k)
        if r is not None:
            return r
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="localhost")
    p.add_argument("--port", required=True)
    p.add_argument("--user", default="postgres")
    p.add_argument("--dbname", default="postgres")
    p.add_argument("--region", required=True)
    p.add_argument("--terms", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--runs", type=int, default=10)
    args = p.parse_args()
    psql = ["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", args.host, "-p", str(args.port), "-U", args.user,
            "-d", args.dbname]
    terms = dict(line.strip().split("=", 1) for line in open(args.terms) if "=" in line)
    todo = {}
    for kind, word in terms.items():
        st = statements(args.region, word)
        hits = int(subprocess.run(psql + ["-c", "SELECT count(*) FROM (SELECT 1 FROM case_file c WHERE "
                                                 "c.region_id = '%s' AND c.search_words @@ search_query(ARRAY['%s']) "
                                                 "LIMIT 5001) h" % (args.region, word.replace("'", "''"))],
                                  check=True, capture_output=True, text=True).stdout.strip())
        todo[kind] = {"hits": st["hits"]}
        if hits > 5000:
            todo[kind]["ordered"] = st["ordered"]
    results = {k: {s: {"shapes": {}, "word_index_rows": []} for s in v} for k, v in todo.items()}
    for _ in range(args.runs):
        script = ["SET plan_cache_mode = force_custom_plan;", "ANALYZE case_file;"]
        order = []
        for kind, sts in todo.items():
            for name, sql in sts.items():
                script.append("EXPLAIN (FORMAT JSON) " + sql + ";")
                order.append((kind, name))
        out = subprocess.run(psql, input="\n".join(script), check=True, capture_output=True, text=True).stdout
        # each EXPLAIN prints one JSON document; split on the top-level arrays
        docs, depth, start = [], 0, None
        for i, ch in enumerate(out):
            if ch == "[" and depth == 0:
                start = i
            if ch in "[{":
                depth += 1
            elif ch in "]}":
                depth -= 1
                if depth == 0 and start is not None and ch == "]":
                    docs.append(json.loads(out[start:i + 1]))
                    start = None
        if len(docs) != len(order):
            sys.exit("expected %d plans, got %d" % (len(order), len(docs)))
        for (kind, name), doc in zip(order, docs):
            plan = doc[0]["Plan"]
            r = results[kind][name]
            s = shape(plan)
            r["shapes"][s] = r["shapes"].get(s, 0) + 1
            r["word_index_rows"].append(word_index_rows(plan))
    for kind, sts in results.items():
        for name, r in sts.items():
            best = max(r["shapes"].items(), key=lambda kv: kv[1])
            r["runs"] = args.runs
            r["most_frequent"] = best[0]
            r["most_frequent_runs"] = best[1]
            print("PLAN term=%s word=%s statement=%s same=%d/%d shapes=%d word_index_rows=%s" % (
                kind, terms[kind], name, best[1], args.runs, len(r["shapes"]),
                ",".join(str(x) for x in r["word_index_rows"])))
    with open(os.path.join(args.out, "plans.json"), "w") as f:
        json.dump({"terms": terms, "plans": results}, f, indent=2)


if __name__ == "__main__":
    main()
