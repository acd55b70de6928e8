#!/usr/bin/env bash
# Builds and runs the Gatehouse benchmarks, printing figures (not pass/fail):
#   1. bench_estate: load + validate of a generated large estate against the yaml-cpp
#      floor and PyYAML, impact analysis, peak RSS;
#   2. first frame: `gatehouse --estate DIR --exit-after-first-frame` against a private
#      PostgreSQL holding 20,000 change requests, run warm 3 times, with peak RSS.
#
# usage: tests/bench/run-benchmarks.sh BUILD_DIR [--no-build] [--changes N] [--runs N]
# A BUILD_DIR without a CMake cache is configured as a Release build.
set -euo pipefail

usage() { echo "usage: $0 BUILD_DIR [--no-build] [--changes N] [--runs N]" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(mkdir -p "$1" && cd "$1" && pwd)
shift
BUILD_FIRST=1
CHANGES=20000
FRAME_RUNS=3
while [[ $# -gt 0 ]]; do
    case $1 in
        --no-build) BUILD_FIRST=0 ;;
        --changes) CHANGES=${2:?}; shift ;;
        --runs) FRAME_RUNS=${2:?}; shift ;;
        *) usage ;;
    esac
    shift
done

if [[ $BUILD_FIRST == 1 ]]; then
    if [[ ! -f $BUILD/CMakeCache.txt ]]; then
        cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    cmake --build "$BUILD" --target gatehouse-estate-gen bench_estate gatehouse
fi
GEN=$BUILD/tests/bench/gatehouse-estate-gen
BENCH=$BUILD/tests/bench/bench_estate
GATEHOUSE=$BUILD/bin/gatehouse
for exe in "$GEN" "$BENCH" "$GATEHOUSE"; do
    [[ -x $exe ]] || { echo "missing $exe (build it first)" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-bench.XXXXXX")
chmod 755 "$WORK"
PGBIN=$(pg_config --bindir 2>/dev/null || true)
[[ -x $PGBIN/initdb ]] || PGBIN=/usr/lib/postgresql/15/bin
PGDATA_DIR=$WORK/pg
PG_STARTED=0

# PostgreSQL refuses to run as root: as root, the cluster runs as `postgres`.
as_pg() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
    if [[ $PG_STARTED == 1 ]]; then
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "== estate: generate, load, impact"
ESTATE=$WORK/estate
"$GEN" "$ESTATE"
"$BENCH" --estate "$ESTATE"

echo "== first frame: gatehouse with the large estate and $CHANGES change requests"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$PGDATA_DIR"
[[ $(id -u) == 0 ]] && chown postgres:postgres "$PGDATA_DIR"
as_pg "$PGBIN/initdb" -D "$PGDATA_DIR/data" -U gatehouse --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDATA_DIR -c fsync=off" start >/dev/null
PG_STARTED=1
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U gatehouse)
"${PSQL[@]}" -d postgres -c 'CREATE DATABASE gatehouse'
URL="postgresql://gatehouse@127.0.0.1:$PORT/gatehouse"

# A private home, so no settings, keychain entries or embedded cluster of the user are touched.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share \
    XDG_CACHE_HOME=$WORK/home/.cache XDG_RUNTIME_DIR=$WORK/home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_LOGGING_RULES='qt.qpa.*=false'

run_gatehouse() {
    timeout 300 "$GATEHOUSE" --estate "$ESTATE" --database "$URL" --exit-after-first-frame "$@"
}

# Let Gatehouse create its schema, then seed through the tables it created.
for attempt in 1 2 3 4 5; do
    run_gatehouse >"$WORK/migrate.out" 2>&1 || true
    [[ $("${PSQL[@]}" -d gatehouse -tAc "SELECT to_regclass('change_requests') IS NOT NULL") == t ]] && break
    if [[ $attempt == 5 ]]; then
        echo "gatehouse did not create the change_requests table; its output:" >&2
        cat "$WORK/migrate.out" >&2
        exit 1
    fi
    sleep 1
done

"${PSQL[@]}" -d gatehouse <<SQL
BEGIN;
INSERT INTO change_requests (title, description, requester, environment, change_type, integrations, workloads,
                             window_start, window_end, window_time_zone, state, created_at, updated_at)
SELECT 'Change ' || g || ': ' || (ARRAY['Upgrade', 'Patch', 'Reconfigure', 'Roll out', 'Hotfix'])[1 + g % 5]
           || ' integration-' || lpad(((g * 7) % 500)::text, 4, '0'),
       'Generated change request ' || g || ' for the first-frame benchmark.',
       (ARRAY['alice', 'bob', 'chen', 'dana', 'emre', 'fatima'])[1 + g % 6],
       (ARRAY['production-00', 'production-03', 'staging-12', 'staging-20', 'development-30', 'development-41'])[1 + g % 6],
       (ARRAY['normal', 'normal', 'standard', 'emergency'])[1 + g % 4],
       ARRAY['integration-' || lpad((g % 20)::text, 4, '0') || '-odoo-module'],
       CASE WHEN g % 3 = 0 THEN ARRAY['odoo-web'] ELSE ARRAY[]::text[] END,
       timestamptz '2026-01-01 00:00+00' + g * interval '37 minutes',
       timestamptz '2026-01-01 02:00+00' + g * interval '37 minutes',
       (ARRAY['Europe/Amsterdam', 'America/Chicago', 'Asia/Singapore'])[1 + g % 3],
       (ARRAY['draft', 'submitted', 'assessed', 'approved', 'rejected', 'scheduled', 'in-progress',
              'completed', 'rolled-back', 'failed', 'closed'])[1 + g % 11],
       timestamptz '2025-12-01 00:00+00' + g * interval '30 minutes',
       timestamptz '2025-12-01 00:00+00' + g * interval '30 minutes'
FROM generate_series(1, $CHANGES) AS g;
INSERT INTO audit_log (actor, action, change_id, detail)
SELECT requester, 'change.created', id, jsonb_build_object('title', title) FROM change_requests;
COMMIT;
ANALYZE;
SQL
echo "seeded: $("${PSQL[@]}" -d gatehouse -tAc 'SELECT count(*) FROM change_requests') change requests"

# Warm: the migrate run above already paged in the binary, libraries and the estate.
TIME=()
[[ -x /usr/bin/time ]] && TIME=(/usr/bin/time -v -o "$WORK/time.txt")
for run in $(seq 1 "$FRAME_RUNS"); do
    rm -f "$WORK/time.txt"
    if ! "${TIME[@]}" timeout 300 "$GATEHOUSE" --estate "$ESTATE" --database "$URL" --exit-after-first-frame \
        >"$WORK/run.out" 2>"$WORK/run.err"; then
        echo "run $run: gatehouse failed" >&2
        cat "$WORK/run.out" "$WORK/run.err" >&2
        exit 1
    fi
    frame=$(sed -n 's/^first-frame-ms: *//p' "$WORK/run.out")
    ready=$(sed -n 's/^content-ready-ms: *//p' "$WORK/run.out")
    rss=$(sed -n 's/^peak-rss-kib: *//p' "$WORK/run.out")
    [[ -f $WORK/time.txt ]] && rss=$(sed -n 's/^.*Maximum resident set size (kbytes): *//p' "$WORK/time.txt")
    wall=""
    [[ -f $WORK/time.txt ]] && wall=$(sed -n 's/^.*Elapsed (wall clock) time.*: *//p' "$WORK/time.txt")
    echo "first-frame-ms: ${frame:-?} content-ready-ms: ${ready:-?} (estate shown and $CHANGES changes listed; warm run $run of $FRAME_RUNS; peak-rss-kib ${rss:-?}; process wall ${wall:-?})"
done
