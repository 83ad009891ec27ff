#!/usr/bin/env bash
# Tutela load test, one command: build (or take) the jar, start the app on a fresh data folder, load the
# synthetic caseload, measure the case search for a rare, a typical, a common and a missing word (and a dense one)
# with wrk and the same statements as bare SQL under pgbench, the plan's stability over fresh ANALYZE samples, the
# case page with PostgreSQL's wait events, the quarterly consultation count, the JVM heap, and the audit chain.
# All traffic goes to 127.0.0.1 and every load step is bounded in time. See bench/README.md.
#
#   bench/run.sh [--jar PATH] [--cases 100000] [--duration 30s] [--search-duration 15s] [--single 8s]
#                [--warmup 15s] [--connections 50] [--plan-runs 10] [--quiet-wait SECONDS | --no-quiet]
#
# Results: bench/out/<UTC time>/ (bench/out/latest points to the newest); summary in results.md.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
JAR=""
DURATION=30s        # the case page at CONNECTIONS
SEARCH_DURATION=15s # each search term at CONNECTIONS (app and bare SQL), and the static file
WARMUP=15s          # once per endpoint, not reported
CONNECTIONS=50
SINGLE=8s           # each one-connection run
CASES=100000
PLAN_RUNS=10
PORT=8090
DATA=/tmp/bench-data
HEAP=512m
SESSIONS=50         # form logins for the case page, used in turn
QUIET_PCT=25        # the rest of the machine counts as quiet below this % of one core
QUIET_WAIT=600      # at most this many seconds of waiting for quiet before each run
TRIES=3             # runs disturbed by other processes are measured again, up to this many times
OTHER_MAX_PCT=5     # ... disturbed: other processes used more than this % of the machine's CPU
TERMS=(rare typical common missing) # measured at CONNECTIONS and at one connection; dense at one connection
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --search-duration) SEARCH_DURATION=$2; shift 2 ;;
    --single) SINGLE=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --cases) CASES=$2; shift 2 ;;
    --plan-runs) PLAN_RUNS=$2; shift 2 ;;
    --quiet-wait) QUIET_WAIT=$2; shift 2 ;;
    --no-quiet) QUIET_WAIT=0; TRIES=1; shift ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

OUT=$BENCH/out/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
ln -sfn "$(basename "$OUT")" "$BENCH/out/latest"
BASE=http://127.0.0.1:$PORT
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log"; }
CLK=$(getconf CLK_TCK)
CORES=$(nproc)
ticks() { # utime+stime of a process, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}
pg_ticks() { # the embedded PostgreSQL: postmaster, its live children and the children it has reaped
  local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PGPID/stat")
  for c in $(ps -o pid= --ppid "$PGPID"); do t=$((t + $(ticks "$c"))); done
  echo "$t"
}
machine_ticks() { # busy ticks of all cores: user nice system irq softirq steal
  awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}
# Waits (at most QUIET_WAIT s) until the rest of the machine uses less than QUIET_PCT % of one core: the
# machine is shared (builds, tests, browsers of other work), and a busy neighbour halves the figures.
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
log "jar: $JAR, built $(date -u -r "$JAR" +%FT%TZ) (HEAD now $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); the working tree may differ)"

# ---- start the app on a fresh data folder -----------------------------------------------------------------
APP_PID=""
JSTAT_PID=""
cleanup() {
  set +e
  [ -n "$JSTAT_PID" ] && kill "$JSTAT_PID" 2>/dev/null
  [ -n "${WAITS_PID:-}" ] && kill "$WAITS_PID" 2>/dev/null
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
# the embedded server takes password logins only (docs/adr/0007); psql, pgbench and generate.py read PGPASSWORD
PGPASSWORD=$(sed -n 's/^owner.password=//p' "$DATA/database-passwords")
export PGPASSWORD
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
    | awk '$1 == "fdatasync" {print $2; exit}')"
  rm -f "$DATA/fsync-test"
} > "$OUT/machine.txt"

# ---- synthetic data ---------------------------------------------------------------------------------------
wait_quiet
log "generating $CASES cases"
python3 "$BENCH/generate.py" --port "$PGPORT" --cases "$CASES" --out "$OUT" | tee "$OUT/generate.txt"
declare -A WORD
while IFS='=' read -r kind word; do WORD[$kind]=$word; done < "$OUT/search-terms.txt"
REGION=$("${PSQL[@]}" -Atc "SELECT id FROM region WHERE name = 'Suncoast Region'")
BAS_ID=$("${PSQL[@]}" -Atc "SELECT id FROM app_user WHERE username = 'bas'")
# hits of a word among the region's cases, as the app's search finds them (words that begin a case's words)
matches() { "${PSQL[@]}" -Atc "SELECT count(*) FROM case_file c WHERE c.region_id = '$REGION'
  AND c.search_words @@ search_query(ARRAY['$1'])"; }
{
  "${PSQL[@]}" -Atc "SELECT 'cases=' || count(*) FROM case_file; SELECT 'people=' || count(*) FROM person;
    SELECT 'consultations=' || count(*) FROM consultation; SELECT 'audit_rows=' || count(*) FROM audit_event;
    SELECT 'case_file_size=' || pg_size_pretty(pg_total_relation_size('case_file'));
    SELECT 'words_index_size=' || pg_size_pretty(pg_relation_size('case_file_words_ix'));
    SELECT 'person_size=' || pg_size_pretty(pg_total_relation_size('person'));
    SELECT 'audit_size=' || pg_size_pretty(pg_total_relation_size('audit_event') + pg_total_relation_size('audit_seal'));
    SELECT 'database_size=' || pg_size_pretty(pg_database_size(current_database()))"
  for kind in "${TERMS[@]}" dense; do echo "matches_$kind=$(matches "${WORD[$kind]}")"; done
} > "$OUT/data.txt"
cat "$OUT/data.txt" | tee -a "$OUT/run.log"

# ---- credentials ------------------------------------------------------------------------------------------
TOKEN=$(curl -sf -u bas:tutela-demo-2026 -H 'Content-Type: application/json' \
  -d '{"name":"bench","expiresInDays":1}' "$BASE/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# the token as the database holds it (bytea), for the bare SQL of ApiTokens.authenticate
TOKEN_HASH=$("${PSQL[@]}" -Atc "SELECT '\\x' || encode(t.token_hash, 'hex') FROM api_token t JOIN app_user u ON u.id = t.user_id
  WHERE u.username = 'bas' AND t.name = 'bench' ORDER BY t.expires_at DESC LIMIT 1")
# the case page: SESSIONS separate form logins of the demo supervisor, used in turn, as many people would
login_supervisor() {
  local jar csrf
  jar=$(mktemp)
  csrf=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" \
    | python3 -c 'import re,sys; print(re.search(r"name=\"_csrf\"[^>]*value=\"([^\"]+)\"", sys.stdin.read()).group(1))')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=supervisor \
    --data-urlencode password=tutela-demo-2026 --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 == "TUTELA_SESSION" {print "TUTELA_SESSION=" $7}' "$jar" | tail -1
  rm -f "$jar"
}
: > "$OUT/cookies.txt"
for _ in $(seq 1 "$SESSIONS"); do login_supervisor >> "$OUT/cookies.txt"; done
SESSION=$(head -1 "$OUT/cookies.txt")
sed 's#^#/cases/#' "$OUT/case-ids.txt" > "$OUT/case-paths.txt"
FIRST_PATH=$(head -1 "$OUT/case-paths.txt")
code=$(curl -s -o "$OUT/case-page-sample.html" -w '%{http_code}' -H "Cookie: $SESSION" "$BASE$FIRST_PATH")
[ "$code" = 200 ] && grep -q "Sign out" "$OUT/case-page-sample.html" || { echo "case page as supervisor: HTTP $code" >&2; exit 1; }
for kind in "${TERMS[@]}" dense; do
  code=$(curl -s -o "$OUT/search-sample-$kind.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    "$BASE/api/v1/cases?q=${WORD[$kind]}")
  [ "$code" = 200 ] || { echo "search q=${WORD[$kind]} as bas: HTTP $code" >&2; exit 1; }
done
log "search as bas (token): $(for k in "${TERMS[@]}" dense; do printf '%s=%s ' "$k" "${WORD[$k]}"; done); case page as supervisor ($(sort -u "$OUT/cookies.txt" | wc -l) sessions); static /css/tutela.css"

# ---- load -------------------------------------------------------------------------------------------------
# Samples what PostgreSQL's client backends wait on, twice a second, in one psql session; audit-lock-wait counts
# the lock requests not granted on an advisory lock or on an audit table, whatever the wait event.
WAITS_PID=""
start_waits() {
  "${PSQL[@]}" -At -F ' ' > "$OUT/waits-$1.txt" 2>/dev/null <<'SQL' &
SELECT 'sample', 1
UNION ALL
SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-'), count(*)
FROM pg_stat_activity
WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
GROUP BY 1
UNION ALL
SELECT 'audit-lock-wait', count(*) FROM pg_locks l
WHERE NOT l.granted AND (l.locktype = 'advisory'
                         OR l.relation IN ('audit_event'::regclass, 'audit_seal'::regclass, 'audit_checkpoint'::regclass))
\watch 0.5
SQL
  WAITS_PID=$!
}
stop_waits() {
  if [ -n "$WAITS_PID" ]; then kill "$WAITS_PID" 2>/dev/null || true; wait "$WAITS_PID" 2>/dev/null || true; fi
  WAITS_PID=""
}
# measure LABEL CONNECTIONS SECONDS COMMAND...: runs a load command once the machine is quiet, records the
# CPU seconds of the app, PostgreSQL, the load client and everything else, and measures again (up to TRIES
# times) when other processes used more than OTHER_MAX_PCT % of the machine meanwhile.
# Output: $OUT/load-LABEL.txt (earlier, disturbed tries: load-LABEL.tryN.txt).
audit_seq() { "${PSQL[@]}" -Atc "SELECT last_value FROM audit_event_seq"; } # audit rows written so far
measure() {
  local label=$1 conns=$2 secs=$3; shift 3
  local attempt a0 j0 p0 m0 j1 p1 m1 client cpu other best
  for attempt in $(seq 1 "$TRIES"); do
    wait_quiet
    case "$label" in warmup-*) ;; *) start_waits "$label" ;; esac
    a0=$(audit_seq)
    j0=$(ticks "$APP_PID"); p0=$(pg_ticks); m0=$(machine_ticks)
    ( export TIMEFORMAT='client_cpu_s=%U+%S'; time "$@" ) > "$OUT/load-$label.txt" 2>&1 || true
    j1=$(ticks "$APP_PID"); p1=$(pg_ticks); m1=$(machine_ticks)
    stop_waits
    echo "AUDIT label=$label audit_rows=$(( $(audit_seq) - a0 ))" >> "$OUT/load-$label.txt"
    client=$(grep -o 'client_cpu_s=[0-9.+]*' "$OUT/load-$label.txt" | tail -1 | cut -d= -f2 || true)
    cpu=$(awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v m=$((m1 - m0)) -v c="${client:-0+0}" -v hz="$CLK" 'BEGIN {
      split(c, a, "+"); cc = a[1] + a[2]; o = m / hz - j / hz - p / hz - cc; if (o < 0) o = 0
      printf "java_cpu_s=%.1f pg_cpu_s=%.1f client_cpu_s=%.1f other_cpu_s=%.1f", j / hz, p / hz, cc, o }')
    echo "CPU label=$label conns=$conns attempt=$attempt $cpu" >> "$OUT/load-$label.txt"
    other=${cpu##*other_cpu_s=}
    if awk -v o="$other" -v max="$(( OTHER_MAX_PCT * CORES * secs ))" 'BEGIN {exit !(o * 100 <= max)}'; then
      break
    fi
    cp "$OUT/load-$label.txt" "$OUT/load-$label.try$attempt.txt"
    if [ "$attempt" -lt "$TRIES" ]; then
      log "$label: other processes used $other s of CPU meanwhile; measuring again"
    else # every try was disturbed: keep the least disturbed one
      best=$(grep -H '^CPU ' "$OUT"/load-"$label".try*.txt | sed 's/:.*other_cpu_s=/ /' | sort -k2 -n | head -1 | cut -d' ' -f1)
      cp "$best" "$OUT/load-$label.txt"
      log "$label: every try was disturbed; keeping the least disturbed, $(basename "$best")"
    fi
  done
  case "$label" in
    warmup-*) ;;
    *) grep -h '^RESULT\|^CPU' "$OUT/load-$label.txt" | tee -a "$OUT/run.log" || true ;;
  esac
}
# load_wrk LABEL CONNECTIONS SECONDS URL [wrk options]
load_wrk() {
  local label=$1 conns=$2 secs=$3 url=$4; shift 4
  local threads=2; [ "$conns" -lt 2 ] && threads=1
  measure "$label" "$conns" "$secs" env WRK_LABEL="$label" \
    wrk -t$threads -c"$conns" -d"${secs}s" --timeout 10s --latency -s "$BENCH/report.lua" "$@" "$url"
}

STATIC_URL=$BASE/css/tutela.css
CASE_URL=$BASE$FIRST_PATH
AUTH=(-H "Authorization: Bearer $TOKEN")
DUR=${DURATION%s}
SDUR=${SEARCH_DURATION%s}
WARM=${WARMUP%s}
ONE=${SINGLE%s}
search_url() { echo "$BASE/api/v1/cases?q=${WORD[$1]}"; }

log "warm-up: ${WARM} s per endpoint at -c$CONNECTIONS (not reported)"
TRIES=1 load_wrk warmup-static "$CONNECTIONS" "$WARM" "$STATIC_URL"
TRIES=1 load_wrk warmup-search "$CONNECTIONS" "$WARM" "$(search_url typical)" "${AUTH[@]}"
WRK_PATHS=$OUT/case-paths.txt WRK_COOKIES=$OUT/cookies.txt TRIES=1 load_wrk warmup-case "$CONNECTIONS" "$WARM" "$CASE_URL"

jcmd "$APP_PID" GC.heap_info > "$OUT/heap-before.txt" 2>&1 || true
jstat -gc "$APP_PID" 1000 > "$OUT/jstat.txt" 2>&1 &
JSTAT_PID=$!
log "measuring: search ${SDUR} s per term at -c$CONNECTIONS and ${ONE} s at -c1, case page ${DUR} s and ${ONE} s"
load_wrk static "$CONNECTIONS" "$SDUR" "$STATIC_URL"
for kind in "${TERMS[@]}"; do
  load_wrk "search-$kind" "$CONNECTIONS" "$SDUR" "$(search_url "$kind")" "${AUTH[@]}"
  load_wrk "search-$kind-c1" 1 "$ONE" "$(search_url "$kind")" "${AUTH[@]}"
done
load_wrk search-dense-c1 1 "$ONE" "$(search_url dense)" "${AUTH[@]}"
WRK_PATHS=$OUT/case-paths.txt WRK_COOKIES=$OUT/cookies.txt load_wrk case "$CONNECTIONS" "$DUR" "$CASE_URL"
WRK_PATHS=$OUT/case-paths.txt WRK_COOKIES=$OUT/cookies.txt load_wrk case-c1 1 "$ONE" "$CASE_URL"
kill "$JSTAT_PID" 2>/dev/null || true; JSTAT_PID=""
jcmd "$APP_PID" GC.heap_info > "$OUT/heap-after.txt" 2>&1 || true
echo "rss_kib=$(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) hwm_kib=$(awk '/VmHWM/ {print $2}' /proc/$APP_PID/status)" \
  > "$OUT/rss.txt"

# ---- the same search as bare SQL --------------------------------------------------------------------------
# The statements the app sends for one search by a BAS with a token, copied from ApiTokens.authenticate and
# CaseManagement.search (visibility: c.region_id = ?): the token and its user; the hits with their count and the
# page with its people; the ordered page only when there are more than 5,000 hits (COUNT_LIMIT). Prepared, with
# custom plans as the app's connections make them (plan_cache_mode, PGOPTIONS). The app sends no BEGIN or COMMIT.
SUMMARY="SELECT c.id, c.case_number, c.status, c.intake_date, c.organization_id, o.name AS organization_name, (SELECT string_agg(m.code, ',' ORDER BY m.code) FROM case_maltreatment m WHERE m.case_id = c.id) AS maltreatments, (SELECT json_agg(json_build_array(p.id, p.role, p.first_name, p.last_name) ORDER BY p.role, p.last_name, p.first_name) FROM person p WHERE p.case_id = c.id) AS members"
AUTH_SQL="SELECT u.id, u.username, u.display_name, u.role, u.organization_id, o.type AS organization_type, o.region_id FROM api_token t JOIN app_user u ON u.id = t.user_id JOIN organization o ON o.id = u.organization_id WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now() AND u.enabled AND u.role IS NOT NULL AND t.access_version = u.access_version;"
WHERE_SQL="WHERE c.region_id = :region AND c.search_words @@ search_query(CAST(:q AS text[]))"
HITS_SQL="WITH hits AS MATERIALIZED (SELECT c.id, c.intake_date, c.case_number FROM case_file c $WHERE_SQL LIMIT :count_limit), page AS (SELECT * FROM hits ORDER BY intake_date DESC, case_number LIMIT :size OFFSET :offset) $SUMMARY, (SELECT count(*) FROM hits) AS hits FROM page h JOIN case_file c ON c.id = h.id JOIN organization o ON o.id = c.organization_id ORDER BY h.intake_date DESC, h.case_number;"
ORDERED_SQL="$SUMMARY, 0 AS hits FROM case_file c JOIN organization o ON o.id = c.organization_id $WHERE_SQL ORDER BY c.intake_date DESC, c.case_number LIMIT :size OFFSET :offset;"
# the same statements with this term's values, for psql (EXPLAIN) and for finding the page's case ids
literal() { # SQL TERM [IDS]: the statement with the term's values in place of pgbench's variables
  local q="{${WORD[$2]}}" ids=${3:-}
  local hash=${TOKEN_HASH//\\/\\\\}
  q=${q//\'/\'\'}
  echo "$1" | sed -e "s/:hash/'$hash'/; s/:region/'$REGION'/; s/:q/'$q'/; s/:count_limit/5001/" \
    -e "s/:size/20/; s/:offset/0/; s/:ids/'$ids'/"
}
: > "$OUT/explain.txt"
declare -A PAGE_IDS SENT
for kind in "${TERMS[@]}" dense; do
  hits=$("${PSQL[@]}" -Atc "SELECT count(*) FROM (SELECT 1 FROM case_file c $(literal "$WHERE_SQL" "$kind" | tr -d ';') LIMIT 5001) h")
  sent="auth hits"
  if [ "$hits" -gt 5000 ]; then sent="$sent ordered"; fi
  PAGE_IDS[$kind]="{}"
  SENT[$kind]=$sent
  {
    echo "$AUTH_SQL"
    echo "$HITS_SQL"
    case "$sent" in *ordered*) echo "$ORDERED_SQL" ;; esac
  } > "$OUT/search-$kind.pgbench"
  echo "SENT term=$kind word=${WORD[$kind]} hits_to_5001=$hits statements=${sent// /,}" | tee -a "$OUT/run.log" >> "$OUT/explain.txt"
  # one session; the statements run twice first, so that caches are warm and planning is not a new backend's
  {
    echo "SET plan_cache_mode = force_custom_plan;"
    echo "\\o /dev/null"
    for _ in 1 2; do
      literal "$AUTH_SQL" "$kind"; literal "$HITS_SQL" "$kind"
      case "$sent" in *ordered*) literal "$ORDERED_SQL" "$kind" ;; esac
    done
    echo "\\o"
    echo "\\echo === $kind auth"; echo "EXPLAIN (ANALYZE, BUFFERS) $(literal "$AUTH_SQL" "$kind")"
    echo "\\echo === $kind hits"; echo "EXPLAIN (ANALYZE, BUFFERS) $(literal "$HITS_SQL" "$kind")"
    case "$sent" in *ordered*) echo "\\echo === $kind ordered"; echo "EXPLAIN (ANALYZE, BUFFERS) $(literal "$ORDERED_SQL" "$kind")" ;; esac
  } | "${PSQL[@]}" >> "$OUT/explain.txt" 2>&1
done
# pgbench_search LABEL CONNECTIONS SECONDS TERM
pgbench_search() {
  local label=$1 conns=$2 secs=$3 kind=$4
  rm -f "$OUT"/pgbench_log.*
  PGOPTIONS="-c plan_cache_mode=force_custom_plan" PGHOST=localhost PGPORT=$PGPORT PGUSER=postgres \
    pgbench -n -M prepared -c "$conns" -j $(( conns < 2 ? 1 : 2 )) -T "$secs" -D hash="$TOKEN_HASH" \
    -D region="$REGION" -D q="{${WORD[$kind]}}" -D count_limit=5001 -D size=20 -D offset=0 \
    -D ids="${PAGE_IDS[$kind]}" -f "$OUT/search-$kind.pgbench" -l --log-prefix="$OUT/pgbench_log" postgres
  cat "$OUT"/pgbench_log.* | python3 "$BENCH/summarize.py" --pgbench-log "$label"
  rm -f "$OUT"/pgbench_log.*
}
log "bare SQL: pgbench per term at -c$CONNECTIONS for ${SDUR} s and -c1 for ${ONE} s"
for kind in "${TERMS[@]}"; do
  measure "sql-$kind" "$CONNECTIONS" "$SDUR" pgbench_search "sql-$kind" "$CONNECTIONS" "$SDUR" "$kind"
  measure "sql-$kind-c1" 1 "$ONE" pgbench_search "sql-$kind-c1" 1 "$ONE" "$kind"
done
measure sql-dense-c1 1 "$ONE" pgbench_search sql-dense-c1 1 "$ONE" dense

# ---- plan stability -----------------------------------------------------------------------------------------
log "plan stability: $PLAN_RUNS times ANALYZE case_file, then the search's plans for each term"
python3 "$BENCH/plans.py" --port "$PGPORT" --region "$REGION" --terms "$OUT/search-terms.txt" --out "$OUT" \
  --runs "$PLAN_RUNS" | tee "$OUT/plans.txt" | tee -a "$OUT/run.log"

# ---- the quarterly count over consultations (ConsultationLog.quarter, as the demo bas) --------------------------
read -r Q_FROM Q_TO < <("${PSQL[@]}" -At -F ' ' -c "SELECT f, (f + interval '3 months' - interval '1 day')::date
  FROM (SELECT (date_trunc('quarter', current_date) - interval '3 months')::date AS f) q")
QUARTER_SQL="WITH per_case AS (
    SELECT case_id,
           bool_or(organization_type IN ('CBC', 'CMO')) AS case_management,
           bool_or(organization_type IN ('CBC', 'CMO') AND compliance_monitoring = 'YES') AS monitored,
           bool_or(guided_safety_actions = 'YES') AS guided
    FROM consultation
    WHERE bas_user_id = '$BAS_ID' AND consulted_on BETWEEN '$Q_FROM' AND '$Q_TO'
    GROUP BY case_id)
SELECT count(*) FILTER (WHERE case_management) AS monitoring_cases,
       count(*) FILTER (WHERE monitored) AS monitoring_yes,
       count(*) AS guidance_cases,
       count(*) FILTER (WHERE guided) AS guidance_yes
FROM per_case"
{
  echo "quarter_from=$Q_FROM quarter_to=$Q_TO"
  "${PSQL[@]}" -At -F ' ' -c "SELECT 'consultations_in_quarter=' || count(*) FROM consultation
    WHERE bas_user_id = '$BAS_ID' AND consulted_on BETWEEN '$Q_FROM' AND '$Q_TO'"
  "${PSQL[@]}" <<SQL
SET plan_cache_mode = force_custom_plan;
$QUARTER_SQL;
\echo === first
EXPLAIN (ANALYZE, BUFFERS) $QUARTER_SQL;
\echo === warm
EXPLAIN (ANALYZE, BUFFERS) $QUARTER_SQL;
SQL
} > "$OUT/quarter.txt" 2>&1

# ---- the audit chain --------------------------------------------------------------------------------------
# the chain over everything written (generated rows and the runs'), verified as an administrator would
ADMIN_TOKEN=$(curl -sf -u admin:tutela-demo-2026 -H 'Content-Type: application/json' \
  -d '{"name":"bench","expiresInDays":1}' "$BASE/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' || true)
sleep 2 # the sealer runs every second: the rows of the last runs are sealed by now
VERIFY_START=$(date +%s%N)
curl -sf --max-time 900 -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/audit/verify" > "$OUT/audit-verify.json" || true
VERIFY_MS=$(( ($(date +%s%N) - VERIFY_START) / 1000000 ))
VERIFY=$(python3 -c 'import json,sys
try:
    c = json.load(open(sys.argv[1]))
    print("audit_valid=%s audit_sealed=%s audit_not_yet_sealed=%s" % (c["valid"], c["sealed"], c["notYetSealed"]))
except Exception:
    print("audit_valid=unknown")' "$OUT/audit-verify.json")
echo "$VERIFY audit_verify_ms=$VERIFY_MS" \
  | tee "$OUT/audit.txt" | tee -a "$OUT/run.log"

cleanup
APP_PID=""
trap - EXIT
python3 "$BENCH/summarize.py" "$OUT" > "$OUT/results.md"
cat "$OUT/results.md"
log "done: $OUT"
