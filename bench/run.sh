#!/usr/bin/env bash
# Tutela load test, one command: build (or take) the jar, start the app on a fresh data folder, load the
# synthetic caseload, measure three endpoints with wrk, the same search as bare SQL, the JVM heap, and stop.
# All traffic goes to 127.0.0.1 and every load step is bounded in time. See bench/README.md.
#
#   bench/run.sh [--jar PATH] [--duration 30s] [--warmup 15s] [--connections 50] [--cases 100000]
#
# Results: bench/out/<UTC time>/ (bench/out/latest points to the newest); summary in results.md.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
JAR=""
DURATION=30s
WARMUP=15s
CONNECTIONS=50
SINGLE=10s
CASES=100000
PORT=8090
DATA=/tmp/bench-data
HEAP=512m
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --cases) CASES=$2; shift 2 ;;
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

OUT=$BENCH/out/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
ln -sfn "$(basename "$OUT")" "$BENCH/out/latest"
BASE=http://127.0.0.1:$PORT
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log"; }

for tool in java jcmd jstat wrk psql pgbench curl python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
  echo "something already listens on port $PORT; stop it first" >&2; exit 1
fi

# ---- the jar ----------------------------------------------------------------------------------------------
if [ -z "$JAR" ]; then
  log "building the jar (mvn -B -q -DskipTests package)"
  for attempt in 1 2 3; do
    if (cd "$ROOT" && mvn -B -q -DskipTests package) > "$OUT/build.log" 2>&1; then break; fi
    [ $attempt = 3 ] && { echo "build failed, see $OUT/build.log (or pass --jar)" >&2; exit 1; }
    log "build failed (attempt $attempt), retrying in 60 s"; sleep 60
  done
  # run a private copy so that a rebuild of target/ during the run does not touch it
  cp "$ROOT/target/tutela-0.1.0.jar" /tmp/bench-tutela.jar
  JAR=/tmp/bench-tutela.jar
fi
log "jar: $JAR ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), working tree may differ)"

# ---- start the app on a fresh data folder -----------------------------------------------------------------
APP_PID=""
JSTAT_PID=""
cleanup() {
  set +e
  [ -n "$JSTAT_PID" ] && kill "$JSTAT_PID" 2>/dev/null
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID"
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
  fi
  # the embedded PostgreSQL stops with the JVM; if it did not, stop it (it is ours: our data folder)
  if [ -f "$DATA/postgres/postmaster.pid" ]; then
    pg=$(head -1 "$DATA/postgres/postmaster.pid")
    if [ -n "$pg" ] && kill -0 "$pg" 2>/dev/null && grep -q postgres "/proc/$pg/cmdline" 2>/dev/null; then
      kill "$pg"; sleep 2
    fi
  fi
}
trap cleanup EXIT

case "$DATA" in /tmp/bench-*) rm -rf "$DATA" ;; *) echo "refusing to wipe $DATA" >&2; exit 1 ;; esac
mkdir -p "$DATA"
log "starting the app on port $PORT with -Xmx$HEAP, data in $DATA"
START=$(date +%s)
TUTELA_DATA_DIR=$DATA java -Xmx$HEAP -Xlog:gc:file="$OUT/gc.log" -jar "$JAR" --server.port=$PORT \
  > "$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  grep -q "Tutela is running at" "$OUT/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited, see $OUT/app.log" >&2; exit 1; }
  sleep 1
done
grep -q "Tutela is running at" "$OUT/app.log" || { echo "the app did not start in 180 s" >&2; exit 1; }
log "app up in $(( $(date +%s) - START )) s (pid $APP_PID)"
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PGPID=$(head -1 "$DATA/postgres/postmaster.pid")
PSQL=(psql -X -h localhost -p "$PGPORT" -U postgres -d postgres)

# ---- machine and server context ---------------------------------------------------------------------------
{
  echo "date_utc=$(date -u +%FT%TZ)"
  echo "cores=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "mem_total_mib=$(free -m | awk '/Mem:/{print $2}')"
  echo "loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "postgres=$("${PSQL[@]}" -Atc 'SHOW server_version')"
  for s in shared_buffers work_mem effective_cache_size max_connections fsync synchronous_commit jit; do
    echo "pg_$s=$("${PSQL[@]}" -Atc "SHOW $s")"
  done
  echo "fdatasync_8k_per_s=$(/usr/lib/postgresql/*/bin/pg_test_fsync -s 1 -f "$DATA/fsync-test" 2>/dev/null \
    | awk '/fdatasync/ {print $2; exit}')"
  rm -f "$DATA/fsync-test"
} > "$OUT/machine.txt"

# ---- synthetic data ---------------------------------------------------------------------------------------
log "generating $CASES cases"
python3 "$BENCH/generate.py" --port "$PGPORT" --cases "$CASES" --out "$OUT" | tee "$OUT/generate.txt"
TERM_Q=$(cat "$OUT/search-term.txt")
REGION=$("${PSQL[@]}" -Atc "SELECT id FROM region WHERE name = 'Suncoast Region'")
"${PSQL[@]}" -Atc "SELECT 'cases=' || count(*) FROM case_file; SELECT 'people=' || count(*) FROM person;
  SELECT 'term_matches=' || count(*) FROM case_file WHERE search_text LIKE '%$TERM_Q%';
  SELECT 'case_file_size=' || pg_size_pretty(pg_total_relation_size('case_file'));
  SELECT 'search_index_size=' || pg_size_pretty(pg_relation_size('case_file_search_ix'));
  SELECT 'person_size=' || pg_size_pretty(pg_total_relation_size('person'))" > "$OUT/data.txt"
cat "$OUT/data.txt" | tee -a "$OUT/run.log"

# ---- credentials ------------------------------------------------------------------------------------------
TOKEN=$(curl -sf -u bas:tutela-demo-2026 -H 'Content-Type: application/json' \
  -d '{"name":"bench","expiresInDays":1}' "$BASE/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
JAR_COOKIES=$OUT/cookies.txt
CSRF=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" \
  | python3 -c 'import re,sys; print(re.search(r"name=\"_csrf\"[^>]*value=\"([^\"]+)\"", sys.stdin.read()).group(1))')
curl -sf -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode username=supervisor \
  --data-urlencode password=tutela-demo-2026 --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "TUTELA_SESSION" {print $7}' "$JAR_COOKIES" | tail -1)
rm -f "$JAR_COOKIES"
sed 's#^#/cases/#' "$OUT/case-ids.txt" > "$OUT/case-paths.txt"
FIRST_PATH=$(head -1 "$OUT/case-paths.txt")
code=$(curl -s -o "$OUT/case-page-sample.html" -w '%{http_code}' -H "Cookie: TUTELA_SESSION=$SESSION" "$BASE$FIRST_PATH")
[ "$code" = 200 ] && grep -q "Sign out" "$OUT/case-page-sample.html" || { echo "case page as supervisor: HTTP $code" >&2; exit 1; }
code=$(curl -s -o "$OUT/search-sample.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/cases?q=$TERM_Q")
[ "$code" = 200 ] || { echo "search as bas: HTTP $code" >&2; exit 1; }
log "search q=$TERM_Q as bas (token), case page as supervisor (session), static /css/tutela.css"

# ---- load -------------------------------------------------------------------------------------------------
ticks() { # utime+stime of a process, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}
pg_ticks() { # the embedded PostgreSQL: postmaster, its live children and the children it has reaped
  local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PGPID/stat")
  for c in $(ps -o pid= --ppid "$PGPID"); do t=$((t + $(ticks "$c"))); done
  echo "$t"
}
secs() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz}'; }
# run_wrk LABEL CONNECTIONS DURATION URL [wrk options...]
run_wrk() {
  local label=$1 conns=$2 dur=$3 url=$4; shift 4
  local threads=2; [ "$conns" -lt 2 ] && threads=1
  local j0 p0 j1 p1
  j0=$(ticks "$APP_PID"); p0=$(pg_ticks)
  ( export TIMEFORMAT='wrk_cpu_user_s=%U wrk_cpu_sys_s=%S wall_s=%R'
    time WRK_LABEL=$label wrk -t$threads -c"$conns" -d"$dur" --timeout 10s --latency -s "$BENCH/report.lua" "$@" "$url"
  ) > "$OUT/wrk-$label.txt" 2>&1
  j1=$(ticks "$APP_PID"); p1=$(pg_ticks)
  echo "CPU label=$label conns=$conns java_cpu_s=$(secs $((j1 - j0))) pg_cpu_s=$(secs $((p1 - p0)))" \
    >> "$OUT/wrk-$label.txt"
  grep -h '^RESULT' "$OUT/wrk-$label.txt" | tee -a "$OUT/run.log"
}
STATIC_URL=$BASE/css/tutela.css
SEARCH_URL="$BASE/api/v1/cases?q=$TERM_Q"
CASE_URL=$BASE$FIRST_PATH
AUTH=(-H "Authorization: Bearer $TOKEN")
COOKIE=(-H "Cookie: TUTELA_SESSION=$SESSION")

log "warm-up: $WARMUP per endpoint at -c$CONNECTIONS (not reported)"
run_wrk warmup-static "$CONNECTIONS" "$WARMUP" "$STATIC_URL" > /dev/null
run_wrk warmup-search "$CONNECTIONS" "$WARMUP" "$SEARCH_URL" "${AUTH[@]}" > /dev/null
WRK_PATHS=$OUT/case-paths.txt run_wrk warmup-case "$CONNECTIONS" "$WARMUP" "$CASE_URL" "${COOKIE[@]}" > /dev/null

jcmd "$APP_PID" GC.heap_info > "$OUT/heap-before.txt" 2>&1 || true
jstat -gc "$APP_PID" 1000 > "$OUT/jstat.txt" 2>&1 &
JSTAT_PID=$!
AUDIT0=$("${PSQL[@]}" -Atc "SELECT count(*) FROM audit_event")
log "measuring: $DURATION per endpoint at -c$CONNECTIONS"
run_wrk static "$CONNECTIONS" "$DURATION" "$STATIC_URL"
run_wrk search "$CONNECTIONS" "$DURATION" "$SEARCH_URL" "${AUTH[@]}"
AUDIT1=$("${PSQL[@]}" -Atc "SELECT count(*) FROM audit_event")
WRK_PATHS=$OUT/case-paths.txt run_wrk case "$CONNECTIONS" "$DURATION" "$CASE_URL" "${COOKIE[@]}"
AUDIT2=$("${PSQL[@]}" -Atc "SELECT count(*) FROM audit_event")
log "one connection, $SINGLE each (latency without queueing)"
run_wrk search-c1 1 "$SINGLE" "$SEARCH_URL" "${AUTH[@]}"
WRK_PATHS=$OUT/case-paths.txt run_wrk case-c1 1 "$SINGLE" "$CASE_URL" "${COOKIE[@]}"
kill "$JSTAT_PID" 2>/dev/null || true; JSTAT_PID=""
echo "audit_rows_during_search=$((AUDIT1 - AUDIT0)) audit_rows_during_case=$((AUDIT2 - AUDIT1))" \
  | tee "$OUT/audit.txt" | tee -a "$OUT/run.log"
jcmd "$APP_PID" GC.heap_info > "$OUT/heap-after.txt" 2>&1 || true
echo "rss_kib=$(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) hwm_kib=$(awk '/VmHWM/ {print $2}' /proc/$APP_PID/status)" \
  > "$OUT/rss.txt"

# ---- the same search as bare SQL --------------------------------------------------------------------------
# copied from CaseManagement.search with the BAS visibility condition (c.region_id = ?)
WHERE="WHERE c.region_id = '$REGION' AND c.search_text LIKE '%$TERM_Q%'"
COUNT_SQL="SELECT count(*) FROM case_file c $WHERE"
PAGE_SQL="SELECT c.id, c.case_number, c.status, c.intake_date, c.organization_id, o.name AS organization_name,
       (SELECT string_agg(m.code, ',' ORDER BY m.code) FROM case_maltreatment m WHERE m.case_id = c.id)
           AS maltreatments
FROM case_file c JOIN organization o ON o.id = c.organization_id $WHERE ORDER BY c.intake_date DESC, c.case_number LIMIT 20 OFFSET 0"
MEMBERS_SQL="SELECT case_id, id, role, first_name, last_name FROM person WHERE case_id = ANY(ARRAY(
  SELECT id FROM ($PAGE_SQL) p)) ORDER BY role, last_name, first_name"
{
  for q in "$COUNT_SQL" "$PAGE_SQL" "$MEMBERS_SQL"; do "${PSQL[@]}" -qc "$q" > /dev/null; done  # warm
  echo "=== count"; "${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) $COUNT_SQL"
  echo "=== page"; "${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) $PAGE_SQL"
  echo "=== members (the page's people; the app passes the 20 ids as an array)"
  "${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) $MEMBERS_SQL"
} > "$OUT/explain.txt" 2>&1
# the same three queries as pgbench transactions (prepared statements, like the JDBC driver), at the same
# concurrency and alone
cat > "$OUT/search.pgbench" <<EOF
SELECT count(*) FROM case_file c WHERE c.region_id = :region AND c.search_text LIKE :pattern;
SELECT c.id, c.case_number, c.status, c.intake_date, c.organization_id, o.name AS organization_name, (SELECT string_agg(m.code, ',' ORDER BY m.code) FROM case_maltreatment m WHERE m.case_id = c.id) AS maltreatments FROM case_file c JOIN organization o ON o.id = c.organization_id WHERE c.region_id = :region AND c.search_text LIKE :pattern ORDER BY c.intake_date DESC, c.case_number LIMIT 20 OFFSET 0;
SELECT array_agg(id)::text AS ids FROM (SELECT c.id FROM case_file c WHERE c.region_id = :region AND c.search_text LIKE :pattern ORDER BY c.intake_date DESC, c.case_number LIMIT 20) p \gset
SELECT case_id, id, role, first_name, last_name FROM person WHERE case_id = ANY(CAST(:ids AS uuid[])) ORDER BY role, last_name, first_name;
EOF
log "bare SQL: pgbench -c$CONNECTIONS -T${DURATION%s} and -c1 -T${SINGLE%s}"
for run in "sql:$CONNECTIONS:${DURATION%s}" "sql-c1:1:${SINGLE%s}"; do
  IFS=: read -r label conns seconds <<< "$run"
  rm -f "$OUT"/pgbench_log.*
  p0=$(pg_ticks)
  PGHOST=localhost PGPORT=$PGPORT PGUSER=postgres pgbench -n -M prepared -c "$conns" -j $(( conns < 2 ? 1 : 2 )) -T "$seconds" \
    -D region="$REGION" -D pattern="%$TERM_Q%" -f "$OUT/search.pgbench" -l --log-prefix="$OUT/pgbench_log" postgres \
    > "$OUT/pgbench-$label.txt" 2>&1
  p1=$(pg_ticks)
  echo "CPU label=$label conns=$conns pg_cpu_s=$(secs $((p1 - p0)))" >> "$OUT/pgbench-$label.txt"
  cat "$OUT"/pgbench_log.* | python3 "$BENCH/summarize.py" --pgbench-log "$label" >> "$OUT/pgbench-$label.txt"
  rm -f "$OUT"/pgbench_log.*
  grep -h '^RESULT' "$OUT/pgbench-$label.txt" | tee -a "$OUT/run.log"
done

cleanup
APP_PID=""
trap - EXIT
python3 "$BENCH/summarize.py" "$OUT" > "$OUT/results.md"
cat "$OUT/results.md"
log "done: $OUT"
