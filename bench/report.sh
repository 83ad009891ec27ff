#!/usr/bin/env bash
# The STOP BAS report at scale, one command: build (or take) the jar, start the app on its own data folder, load
# --consultations consultations over --cases cases for the demo bas's DV center (generate.py --consultations), then
# time GET /api/v1/reports/stop-bas and .../stop-bas.xlsx as bas for the latest full fiscal quarter and the latest
# full fiscal year (warm, one request at a time, with curl: p50, p95, size), and the report's consultation statement
# alone under EXPLAIN (ANALYZE, BUFFERS). All traffic goes to 127.0.0.1. See bench/README.md.
#
#   bench/report.sh [--jar PATH] [--cases 100000] [--consultations 1000000] [--runs 10] [--warmup 3]
#                   [--quarter 2026-Q1] [--year-from 2025-07-01 --year-to 2026-06-30]
#                   [--reuse] [--keep-running] [--quiet-wait SECONDS | --no-quiet]
#
# --reuse starts the app on the data folder of an earlier run (its load kept; new migrations run at start) instead of
# a fresh one; --keep-running leaves the app up at the end (stop it with: kill $(cat /tmp/bench-report-data/app.pid)).
# Results: bench/out/report-<UTC time>/ (bench/out/report-latest points to the newest); summary in results.md.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
JAR=""
CASES=100000
CONSULTATIONS=1000000
RUNS=10
WARMUP=3
QUARTER=""
YEAR_FROM=""
YEAR_TO=""
REUSE=0
KEEP=0
PORT=8090
DATA=/tmp/bench-report-data
HEAP=512m
QUIET_PCT=25
QUIET_WAIT=300
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift 2 ;;
    --cases) CASES=$2; shift 2 ;;
    --consultations) CONSULTATIONS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --quarter) QUARTER=$2; shift 2 ;;
    --year-from) YEAR_FROM=$2; shift 2 ;;
    --year-to) YEAR_TO=$2; shift 2 ;;
    --reuse) REUSE=1; shift ;;
    --keep-running) KEEP=1; shift ;;
    --quiet-wait) QUIET_WAIT=$2; shift 2 ;;
    --no-quiet) QUIET_WAIT=0; shift ;;
    -h|--help) sed -n 2,14p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

OUT=$BENCH/out/report-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
ln -sfn "$(basename "$OUT")" "$BENCH/out/report-latest"
BASE=http://127.0.0.1:$PORT
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log"; }
CLK=$(getconf CLK_TCK)
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PGPID/stat")
  for c in $(ps -o pid= --ppid "$PGPID"); do t=$((t + $(ticks "$c"))); done
  echo "$t"
}
# waits (at most QUIET_WAIT s) until the rest of the machine uses less than QUIET_PCT % of one core
wait_quiet() {
  local start b0 b1 pct
  start=$(date +%s)
  while :; do
    b0=$(machine_ticks); sleep 2; b1=$(machine_ticks)
    pct=$(( (b1 - b0) * 100 / (2 * CLK) ))
    if [ "$pct" -le "$QUIET_PCT" ]; then
      [ $(( $(date +%s) - start )) -ge 10 ] && log "waited $(( $(date +%s) - start )) s for a quiet machine"
      return 0
    fi
    if [ $(( $(date +%s) - start )) -ge "$QUIET_WAIT" ]; then
      log "the machine is still busy (${pct}% of a core used) after ${QUIET_WAIT} s; measuring anyway"
      return 0
    fi
  done
}

for tool in java psql curl python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
  echo "something already listens on port $PORT; stop it first" >&2; exit 1
fi

# ---- the jar ----------------------------------------------------------------------------------------------
if [ -z "$JAR" ]; then
  log "building the jar (mvn -B -q -DskipTests package)"
  (cd "$ROOT" && mvn -B -q -DskipTests package) > "$OUT/build.log" 2>&1 || { echo "build failed, see $OUT/build.log" >&2; exit 1; }
  cp "$ROOT/target/tutela-0.1.0.jar" /tmp/bench-report-tutela.jar
  JAR=/tmp/bench-report-tutela.jar
fi
log "jar: $JAR, built $(date -u -r "$JAR" +%FT%TZ) (HEAD now $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); the working tree may differ)"

# ---- the app ----------------------------------------------------------------------------------------------
APP_PID=""
cleanup() {
  set +e
  if [ "$KEEP" = 1 ] && [ -n "$APP_PID" ]; then
    log "the app stays up (pid $APP_PID, $DATA/app.pid)"; return
  fi
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID"
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
  fi
  if [ -f "$DATA/postgres/postmaster.pid" ]; then
    pg=$(head -1 "$DATA/postgres/postmaster.pid")
    if [ -n "$pg" ] && kill -0 "$pg" 2>/dev/null && grep -q postgres "/proc/$pg/cmdline" 2>/dev/null; then
      kill "$pg"; sleep 2
    fi
  fi
}
trap cleanup EXIT

if [ "$REUSE" = 1 ]; then
  [ -f "$DATA/loaded" ] || { echo "--reuse: $DATA holds no finished load" >&2; exit 1; }
else
  case "$DATA" in /tmp/bench-*) rm -rf "$DATA" ;; *) echo "refusing to wipe $DATA" >&2; exit 1 ;; esac
fi
mkdir -p "$DATA"
log "starting the app on port $PORT with -Xmx$HEAP, data in $DATA"
START=$(date +%s)
TUTELA_DATA_DIR=$DATA java -Xmx$HEAP -Xlog:gc:file="$OUT/gc.log" -jar "$JAR" --server.port=$PORT \
  > "$OUT/app.log" 2>&1 &
APP_PID=$!
echo "$APP_PID" > "$DATA/app.pid"
for _ in $(seq 1 180); do
  grep -q "Tutela is running at" "$OUT/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited, see $OUT/app.log" >&2; exit 1; }
  sleep 1
done
grep -q "Tutela is running at" "$OUT/app.log" || { echo "the app did not start in 180 s" >&2; exit 1; }
log "app up in $(( $(date +%s) - START )) s (pid $APP_PID)"
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PGPID=$(head -1 "$DATA/postgres/postmaster.pid")
PGPASSWORD=$(sed -n 's/^owner.password=//p' "$DATA/database-passwords")
export PGPASSWORD
PSQL=(psql -X -h localhost -p "$PGPORT" -U postgres -d postgres)
{
  echo "date_utc=$(date -u +%FT%TZ)"
  echo "commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "cores=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "mem_total_mib=$(free -m | awk '/Mem:/{print $2}')"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "postgres=$("${PSQL[@]}" -Atc 'SHOW server_version')"
  for s in shared_buffers work_mem jit; do echo "pg_$s=$("${PSQL[@]}" -Atc "SHOW $s")"; done
} > "$OUT/machine.txt"

# ---- the load ---------------------------------------------------------------------------------------------
if [ "$REUSE" = 0 ]; then
  wait_quiet
  log "generating $CONSULTATIONS consultations over $CASES cases for the demo bas's DV center"
  python3 "$BENCH/generate.py" --port "$PGPORT" --cases "$CASES" --consultations "$CONSULTATIONS" --chunk 10000 \
    --out "$OUT" | tee "$OUT/generate.txt"
  touch "$DATA/loaded"
else
  log "reusing the load in $DATA"
fi

# the latest full fiscal quarter and fiscal year (fiscal years start in July, as the app's default)
read -r Q_NAME Q_FROM Q_TO Y_FROM Y_TO < <(python3 - "$QUARTER" <<'PY'
import datetime, sys
today = datetime.date.today()
start = 7
months = (today.year * 12 + today.month - 1) - (today.year * 12 + start - 1)
fy = today.year if today.month >= start else today.year - 1
q = ((today.month - start) % 12) // 3 + 1
# previous quarter
fy, q = (fy - 1, 4) if q == 1 else (fy, q - 1)
if sys.argv[1]:
    fy, q = int(sys.argv[1][:4]), int(sys.argv[1][-1])
first = start + (q - 1) * 3
y, m = fy + (first - 1) // 12, (first - 1) % 12 + 1
qf = datetime.date(y, m, 1)
ny, nm = (y + (m + 2) // 12, (m + 2) % 12 + 1)
qt = datetime.date(ny, nm, 1) - datetime.timedelta(days=1)
cur_fy = today.year if today.month >= start else today.year - 1
yf = datetime.date(cur_fy - 1, start, 1)
yt = datetime.date(cur_fy, start, 1) - datetime.timedelta(days=1)
print("%d-Q%d" % (fy, q), qf, qt, yf, yt)
PY
)
[ -n "$YEAR_FROM" ] && Y_FROM=$YEAR_FROM
[ -n "$YEAR_TO" ] && Y_TO=$YEAR_TO
PROVIDER=$("${PSQL[@]}" -Atc "SELECT organization_id FROM app_user WHERE username = 'bas'")
{
  "${PSQL[@]}" -Atc "SELECT 'cases=' || count(*) FROM case_file; SELECT 'consultations=' || count(*) FROM consultation;
    SELECT 'provider_consultations=' || count(*) FROM consultation WHERE bas_user_id IN
      (SELECT id FROM app_user WHERE organization_id = '$PROVIDER');
    SELECT 'consultation_size=' || pg_size_pretty(pg_total_relation_size('consultation'));
    SELECT 'database_size=' || pg_size_pretty(pg_database_size(current_database()))"
  for p in "quarter $Q_FROM $Q_TO" "year $Y_FROM $Y_TO"; do
    set -- $p
    "${PSQL[@]}" -At -F ' ' -c "SELECT '$1_consultations=' || count(*), '$1_cases=' || count(DISTINCT case_id),
      '$1_cbc_cmo_cases=' || count(DISTINCT case_id) FILTER (WHERE organization_type IN ('CBC','CMO'))
      FROM consultation WHERE bas_user_id IN (SELECT id FROM app_user WHERE organization_id = '$PROVIDER')
      AND consulted_on BETWEEN '$2' AND '$3'"
  done
  echo "quarter=$Q_NAME quarter_from=$Q_FROM quarter_to=$Q_TO year_from=$Y_FROM year_to=$Y_TO"
} > "$OUT/data.txt"
tee -a "$OUT/run.log" < "$OUT/data.txt"

TOKEN=$(curl -sf -u bas:tutela-demo-2026 -H 'Content-Type: application/json' \
  -d '{"name":"bench-report","expiresInDays":1}' "$BASE/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

# ---- the report, one request at a time --------------------------------------------------------------------
# series LABEL PATH: WARMUP requests not reported, then RUNS measured with curl (total time, time to the first
# byte, size, status); the CPU seconds of the app, PostgreSQL and everything else during the measured runs.
series() {
  local label=$1 path=$2 j0 p0 m0 j1 p1 m1
  for _ in $(seq 1 "$WARMUP"); do
    curl -s -o /dev/null --max-time 300 -H "Authorization: Bearer $TOKEN" "$BASE$path"
  done
  wait_quiet
  j0=$(ticks "$APP_PID"); p0=$(pg_ticks); m0=$(machine_ticks)
  : > "$OUT/times-$label.txt"
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o "$OUT/sample-$label.out" --max-time 300 -H "Authorization: Bearer $TOKEN" \
      -w '%{http_code} %{time_total} %{time_starttransfer} %{size_download}\n' "$BASE$path" >> "$OUT/times-$label.txt"
  done
  j1=$(ticks "$APP_PID"); p1=$(pg_ticks); m1=$(machine_ticks)
  python3 - "$label" "$OUT/times-$label.txt" $((j1 - j0)) $((p1 - p0)) $((m1 - m0)) "$CLK" "$RUNS" <<'PY' | tee -a "$OUT/run.log" >> "$OUT/results.txt"
import sys
label, f, j, p, m, hz, runs = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:])
rows = [l.split() for l in open(f) if l.strip()]
codes = sorted(set(r[0] for r in rows))
tot = sorted(float(r[1]) * 1000 for r in rows)
ttfb = sorted(float(r[2]) * 1000 for r in rows)
size = int(rows[-1][3])
def pct(xs, q):  # nearest rank
    import math
    return xs[max(0, math.ceil(q / 100 * len(xs)) - 1)]
other = max(0.0, (m - j - p) / hz)
print("RESULT label=%s runs=%d status=%s p50_ms=%.1f p95_ms=%.1f min_ms=%.1f max_ms=%.1f ttfb_p50_ms=%.1f "
      "bytes=%d java_cpu_ms_per_req=%.0f pg_cpu_ms_per_req=%.0f other_cpu_s=%.1f" % (
          label, len(rows), ",".join(codes), pct(tot, 50), pct(tot, 95), tot[0], tot[-1], pct(ttfb, 50), size,
          j / hz * 1000 / runs, p / hz * 1000 / runs, other))
PY
}
Q="quarter=$Q_NAME"
Y="from=$Y_FROM&to=$Y_TO"
: > "$OUT/results.txt"
log "the report as bas, $WARMUP warm-up and $RUNS measured requests each: $Q_NAME ($Q_FROM to $Q_TO), fiscal year $Y_FROM to $Y_TO"
series quarter-json "/api/v1/reports/stop-bas?$Q"
series quarter-json-cases "/api/v1/reports/stop-bas?$Q&cases=true"
series quarter-json-items "/api/v1/reports/stop-bas?$Q&items=true"
series year-json "/api/v1/reports/stop-bas?$Y"
series quarter-xlsx "/api/v1/reports/stop-bas.xlsx?$Q"
series year-xlsx "/api/v1/reports/stop-bas.xlsx?$Y"
# what the JSON holds: records per list, and the bytes of each part
python3 - "$OUT/sample-quarter-json-items.out" <<'PY' > "$OUT/json-parts.txt" 2>&1 || true
import json, sys
r = json.load(open(sys.argv[1]))
total = len(json.dumps(r, separators=(",", ":")))
print("json_bytes_compact=%d" % total)
for k in ("e11", "e12"):
    print("%s: numerator=%s denominator=%s percent=%s cases_listed=%d bytes=%d" % (
        k, r[k]["numerator"], r[k]["denominator"], r[k]["percent"], len(r[k]["cases"]),
        len(json.dumps(r[k], separators=(",", ":")))))
c = r["consultations"]
print("consultations: total=%s items_listed=%s bytes=%d" % (c["total"], len(c.get("items", [])),
      len(json.dumps(c, separators=(",", ":")))))
PY
tee -a "$OUT/run.log" < "$OUT/json-parts.txt"

# ---- the SQL alone ----------------------------------------------------------------------------------------
# StopBasQueries.consultations with this provider and period, first as the statement runs (its rows sent to psql,
# timed), then under EXPLAIN (ANALYZE, BUFFERS), warm.
CONSULTATIONS_SQL=$(python3 - "$ROOT/src/main/java/org/tutela/reporting/StopBasQueries.java" CONSULTATIONS <<'PY'
import re, sys
src = open(sys.argv[1]).read()
users = re.search(r'PROVIDER_USERS = "(.*?)";', src).group(1)
# the statement as a constant (String CONSULTATIONS = """...""" + PROVIDER_USERS + """...""";), else as the
# argument of jdbc.sql(...) in consultations(...) (before the statement was a constant)
m = re.search(r'String ' + sys.argv[2] + r' = (.*?);\n', src, re.S) \
    or re.search(r'(?:List<Row>|Period) consultations\(.*?jdbc\.sql\((.*?)\)\s*\.params', src, re.S)
text = ""
for piece in re.finditer(r'"""(.*?)"""|PROVIDER_USERS', m.group(1), re.S):
    text += piece.group(1) if piece.group(1) is not None else users
print(" ".join(text.split()))
PY
)
echo "$CONSULTATIONS_SQL" > "$OUT/consultations.sql"
# the case numbers, read once per case after the consultations (StopBasQueries.numberCases), if the code does so:
# as a statement of the provider and period (CASE_NUMBERS), or of the list of the cases' ids (before)
NUMBERS_SQL=$(python3 - "$ROOT/src/main/java/org/tutela/reporting/StopBasQueries.java" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
users = re.search(r'PROVIDER_USERS = "(.*?)";', src).group(1)
c = re.search(r'String CASE_NUMBERS = (.*?);\n', src, re.S)
if c:
    text = ""
    for piece in re.finditer(r'"""(.*?)"""|PROVIDER_USERS', c.group(1), re.S):
        text += piece.group(1) if piece.group(1) is not None else users
    print(" ".join(text.split()))
else:
    m = re.search(r'jdbc\.sql\((?:"""(.*?)"""|"(SELECT c\.id, c\.case_number [^"]*)")', src[src.find("numberCases("):], re.S)
    if m and "case_file" in (m.group(1) or m.group(2)):
        print(" ".join((m.group(1) or m.group(2)).replace('\\"', '"').split()))
PY
)
sentences=$(python3 - "$ROOT/src/main/java/org/tutela/consultation/ConsultationRules.java" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
print("\t".join(re.findall(r'"((?:BAS initiated|Guided)[^"]*)"', src)))
PY
)
IFS=$'\t' read -r S1 S2 S3 S4 <<< "$sentences"
bind() { # SQL FROM TO: the statement with the sentences' (if it has them), provider's and period's values for its ?
  python3 - "$1" "$S1" "$S2" "$S3" "$S4" "$PROVIDER" "$2" "$3" <<'PY'
import sys
sql, values = sys.argv[1], sys.argv[2:]
if sql.count("?") == 3:
    values = values[4:]
out = []
for part in sql.split("?")[:-1]:
    out.append(part + "'" + values.pop(0).replace("'", "''") + "'")
print("".join(out) + sql.split("?")[-1])
PY
}
: > "$OUT/explain.txt"
for p in "quarter $Q_FROM $Q_TO" "year $Y_FROM $Y_TO"; do
  set -- $p
  sql=$(bind "$CONSULTATIONS_SQL" "$2" "$3")
  {
    echo "\\echo === $1 ($2 to $3)"
    echo "\\echo $sql"
    echo "\\o /dev/null"
    echo "$sql;"
    echo "\\timing on"
    for _ in 1 2 3; do echo "$sql;"; done
    echo "\\timing off"
    echo "\\o"
    echo "EXPLAIN (ANALYZE, BUFFERS) $sql;"
    if [ -n "$NUMBERS_SQL" ]; then
      echo "\\echo === $1 case numbers: $NUMBERS_SQL"
      if [ "$(tr -cd '?' <<< "$NUMBERS_SQL" | wc -c)" = 1 ]; then # the list of the cases' ids
        echo "SELECT array_agg(DISTINCT case_id)::text AS ids FROM ($sql) k \\gset"
        nsql=${NUMBERS_SQL//\?/:\'ids\'}
      else
        nsql=$(bind "$NUMBERS_SQL" "$2" "$3")
      fi
      echo "\\o /dev/null"
      echo "\\timing on"
      for _ in 1 2 3; do echo "$nsql;"; done
      echo "\\timing off"
      echo "\\o"
      echo "EXPLAIN (ANALYZE, BUFFERS) $nsql;"
    fi
  } | "${PSQL[@]}" >> "$OUT/explain.txt" 2>&1
done
grep -E '^===|^Time:|Execution Time|Planning Time' "$OUT/explain.txt" | tee -a "$OUT/run.log"

{
  echo "# STOP BAS report at scale: $(sed -n 's/date_utc=//p' "$OUT/machine.txt")"
  echo
  echo '```'
  cat "$OUT/machine.txt" "$OUT/data.txt" "$OUT/results.txt" "$OUT/json-parts.txt"
  grep -E '^===|^Time:|Execution Time|Planning Time' "$OUT/explain.txt"
  echo '```'
} > "$OUT/results.md"
log "done: $OUT"
