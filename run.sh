#!/usr/bin/env bash
# Installs what is missing (installer/packages.txt), builds Gatehouse with the `dev`
# preset, starts the demo's services and opens Gatehouse on resources/demo-estate.
# Closing the window (or Ctrl+C) stops everything this script started.
#
#   ./run.sh                  extra arguments go to gatehouse, e.g. ./run.sh --lang de
#   ./run.sh --cab-demo       the two-person CAB demo: a shared control store server with
#                             the demo's people (resources/demo-roles.sh; passwords go to
#                             the desktop keychain), the estate's policy applied, a release
#                             train of four approved standard changes filed by dev_omar
#                             (resources/demo-release.sh: the EDI gateway to 4.3.0 through
#                             every environment), and two windows: rm_anna (requester,
#                             release manager: drives the train) and cab_ben (CAB)
#
# The control store is Gatehouse's embedded PostgreSQL, which gatehouse starts and
# stops itself. The demo also starts, on loopback only:
#   odoo_databases  a private PostgreSQL on 127.0.0.1:55432 with one Odoo 17-shaped
#                   database per environment (resources/demo-odoo/seed.sh), which the
#                   demo estate's odooDatabase entries point at
#   simulator       the estate simulator (Kubernetes API + /metrics) on a free port;
#                   KUBECONFIG points Gatehouse at it
#   alertmanager    Debian's prometheus-alertmanager on 127.0.0.1:9093
#   prometheus      Debian's prometheus on 127.0.0.1:9090 with resources/prometheus's
#                   rules, scraping the simulator
# A service whose program is missing is skipped with a message; Gatehouse then shows
# that source as unreachable.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<'MSG'
run.sh: there is no display ($DISPLAY and $WAYLAND_DISPLAY are empty).
Gatehouse is a desktop application. Without a desktop session, run it on a virtual display:
  xvfb-run -a -s "-screen 0 1600x1000x24" ./run.sh
The headless commands need no display, e.g.:
  build/dev/bin/gatehouse validate resources/demo-estate
MSG
    exit 1
fi

cab_demo=0
gatehouse_args=()
for argument in "$@"; do
    if [[ "$argument" == --cab-demo ]]; then
        cab_demo=1
    else
        gatehouse_args+=("$argument")
    fi
done

installer/install-deps.sh

export CCACHE_BASEDIR="$root"
if [[ ! -f build/dev/CMakeCache.txt ]]; then
    cmake --preset dev
fi
cmake --build --preset dev --parallel "$(nproc)" --target gatehouse gatehouse-estate-sim

demo_dir=$(mktemp -d -t gatehouse-demo.XXXXXX)
# Run as root, the demo's PostgreSQL servers run as the postgres user, who must be able
# to reach their folders inside it (traverse only; the servers' data stays 0700).
((EUID != 0)) || chmod 711 "$demo_dir"

# ---------------------------------------------------------------------------
# Services of the demo. Each one is a start_<name> function that launches the
# service with `background NAME COMMAND…` (stopped on exit, last started first)
# and waits until it is ready. To add a service, write its function and add its
# name to DEMO_SERVICES.
DEMO_SERVICES=(odoo_databases simulator alertmanager prometheus)
((cab_demo == 0)) || DEMO_SERVICES+=(control_store)

pg_bin=$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)
[[ -x "$pg_bin/initdb" ]] || pg_bin=/usr/lib/postgresql/15/bin

# Runs a command as the postgres user when this script runs as root (initdb refuses
# root); setpriv execs, so the recorded pid is the server's own.
as_pg_user() {
    if ((EUID == 0)); then
        setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_for() { # wait_for SECONDS COMMAND… — polls every 0.2 s
    local tries=$(($1 * 5))
    shift
    for _ in $(seq "$tries"); do
        "$@" && return 0
        sleep 0.2
    done
    return 1
}

odoo_pg_port=55432
start_odoo_databases() {
    if port_in_use "$odoo_pg_port"; then
        echo "warning: 127.0.0.1:$odoo_pg_port is taken; the Contracts and Drift views will show the databases as unreachable" >&2
        return 0
    fi
    local dir="$demo_dir/odoo-postgres"
    mkdir -p "$dir"
    ((EUID != 0)) || chown postgres:postgres "$dir"
    as_pg_user "$pg_bin/initdb" -D "$dir/data" -U gatehouse --auth=trust -E UTF8 --locale=C.UTF-8 >"$demo_dir/odoo-initdb.log" 2>&1
    background odoo-postgres as_pg_user "$pg_bin/postgres" -D "$dir/data" -p "$odoo_pg_port" -k "$dir" \
        -c listen_addresses=127.0.0.1 -c fsync=off
    wait_for 30 "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$odoo_pg_port" || { echo "odoo-postgres did not start" >&2; return 1; }
    resources/demo-odoo/seed.sh 127.0.0.1 "$odoo_pg_port" gatehouse
}

start_simulator() {
    local state="$demo_dir/simulator"
    mkdir -p "$state"
    background simulator build/dev/bin/gatehouse-estate-sim --estate resources/demo-estate \
        --listen 127.0.0.1:0 --metrics-listen 127.0.0.1:0 --state-dir "$state" --clock-scale 5
    wait_for 30 grep -q '^metrics ' "$demo_dir/simulator.log" || { echo "the simulator did not start" >&2; return 1; }
    sim_metrics=$(sed -n 's#^metrics http://\([^/]*\)/metrics.*#\1#p' "$demo_dir/simulator.log" | head -n1)
    export KUBECONFIG="$state/kubeconfig"
}

start_alertmanager() {
    if ! command -v prometheus-alertmanager >/dev/null 2>&1; then
        echo "prometheus-alertmanager is not installed; alerts will show as unreachable" >&2
        return 0
    fi
    local dir="$demo_dir/alertmanager"
    mkdir -p "$dir"
    sed -e 's/@GROUP_WAIT@/5s/' -e 's/@GROUP_INTERVAL@/30s/' resources/prometheus/alertmanager.yml.in >"$dir/alertmanager.yml"
    background alertmanager prometheus-alertmanager --config.file="$dir/alertmanager.yml" --storage.path="$dir/data" \
        --web.listen-address=127.0.0.1:9093 --cluster.listen-address=
    wait_for 30 curl -sf http://127.0.0.1:9093/-/ready -o /dev/null || echo "warning: alertmanager is not ready" >&2
}

start_prometheus() {
    if ! command -v prometheus >/dev/null 2>&1; then
        echo "prometheus is not installed; health will show as unreachable" >&2
        return 0
    fi
    local dir="$demo_dir/prometheus"
    mkdir -p "$dir"
    local rules
    rules=$(printf '"%s", ' "$root"/resources/prometheus/rules/*.yml)
    sed -e 's/@SCRAPE_INTERVAL@/5s/' -e 's/@EVALUATION_INTERVAL@/5s/' \
        -e "s#@RULE_FILES@#${rules%, }#" \
        -e 's#@ALERTMANAGER_TARGETS@#"127.0.0.1:9093"#' \
        -e "s#@SCRAPE_TARGETS@#\"${sim_metrics:-127.0.0.1:1}\"#" \
        resources/prometheus/prometheus.yml.in >"$dir/prometheus.yml"
    background prometheus prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
        --web.listen-address=127.0.0.1:9090
    wait_for 30 curl -sf http://127.0.0.1:9090/-/ready -o /dev/null || echo "warning: prometheus is not ready" >&2
}

# The --cab-demo's shared control store: people log in over TCP with their own
# password (scram); the superuser sets it up over the private socket.
store_pg_port=55433
start_control_store() {
    if port_in_use "$store_pg_port"; then
        echo "127.0.0.1:$store_pg_port is taken; the CAB demo needs it" >&2
        return 1
    fi
    local dir="$demo_dir/control-store"
    mkdir -p "$dir"
    ((EUID != 0)) || chown postgres:postgres "$dir"
    as_pg_user "$pg_bin/initdb" -D "$dir/data" -U gatehouse --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$demo_dir/control-store-initdb.log" 2>&1
    background control-store as_pg_user "$pg_bin/postgres" -D "$dir/data" -p "$store_pg_port" -k "$dir" \
        -c listen_addresses=127.0.0.1
    wait_for 30 "$pg_bin/pg_isready" -q -h "$dir" -p "$store_pg_port" || { echo "the control store did not start" >&2; return 1; }
    psql -X -q -h "$dir" -p "$store_pg_port" -U gatehouse -d postgres -c 'CREATE DATABASE gatehouse'
    # Gatehouse migrates the schema on its first connection (as the superuser), then the
    # estate's CAB policy becomes the database's.
    build/dev/bin/gatehouse policy apply --estate resources/demo-estate \
        --database "postgresql:///gatehouse?host=$dir&port=$store_pg_port&user=gatehouse"
    resources/demo-roles.sh --port "$store_pg_port" --socket-dir "$dir"
    # Ready for the Releases area's "New release…": rm_anna bundles them and watches them go.
    resources/demo-release.sh --port "$store_pg_port" --socket-dir "$dir" ||
        echo "warning: the demo's release train was not filed; file the changes in the Changes area" >&2
}

started_pids=()
started_names=()

background() {
    local name=$1
    shift
    "$@" >"$demo_dir/$name.log" 2>&1 &
    started_pids+=($!)
    started_names+=("$name")
    echo "started $name (pid $!, log $demo_dir/$name.log)"
}

stop_started() {
    local i pid
    for ((i = ${#started_pids[@]} - 1; i >= 0; i--)); do
        pid=${started_pids[i]}
        kill -0 "$pid" 2>/dev/null || continue
        # PostgreSQL's TERM waits for every session to end; INT is its fast shutdown.
        if [[ "${started_names[i]}" == odoo-postgres || "${started_names[i]}" == control-store ]]; then
            kill -INT "$pid" 2>/dev/null || true
        else
            kill -TERM "$pid" 2>/dev/null || true
        fi
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        echo "stopped ${started_names[i]}"
    done
}

# The embedded control store's cluster (see services/embeddedpostgres.h). Gatehouse
# stops it on a normal exit; when gatehouse was killed, this stops the cluster it
# left behind, unless the cluster already ran before this script.
# As root, gatehouse runs the embedded cluster as the `postgres` user; when that user
# cannot enter the data folder (root's home is mode 0700) the cluster lives under
# /var/lib/gatehouse/clusters/ and the data folder's CLUSTER-LOCATION file says where.
embedded_root="${XDG_DATA_HOME:-$HOME/.local/share}/Gatehouse/Gatehouse/postgres"
embedded_cluster() {
    if [[ -f "$embedded_root/CLUSTER-LOCATION" ]]; then
        echo "$(head -n1 "$embedded_root/CLUSTER-LOCATION")/data"
    else
        echo "$embedded_root/data"
    fi
}

# PID of the cluster's postmaster when it runs, nothing otherwise.
cluster_pid() {
    local pid
    pid=$(head -n1 "$(embedded_cluster)/postmaster.pid" 2>/dev/null) || return 0
    if [[ "$pid" =~ ^[0-9]+$ ]] && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" =~ ^(postgres|postmaster)$ ]]; then
        echo "$pid"
    fi
}

stop_cluster_left_behind() {
    local pid
    pid=$(cluster_pid)
    [[ -n "$pid" ]] || return 0
    echo "stopping the embedded control store gatehouse left running (pid $pid)"
    kill -INT "$pid" 2>/dev/null || return 0 # SIGINT: PostgreSQL's fast shutdown
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    echo "warning: PostgreSQL (pid $pid) is still shutting down" >&2
}

cluster_was_running=0
[[ -z "$(cluster_pid)" ]] || cluster_was_running=1

cleanup() {
    trap - EXIT INT TERM
    if ((cluster_was_running == 0)); then
        stop_cluster_left_behind
    fi
    stop_started
    rm -rf "$demo_dir"
}
trap cleanup EXIT

for service in "${DEMO_SERVICES[@]}"; do
    "start_$service"
done

# Gatehouse runs in the background so that INT/TERM reach this script, which then
# asks gatehouse to quit and waits for it.
if ((cab_demo == 1)); then
    # The CAB reviewer's window first; the requester's is the one this script waits for.
    background gatehouse-cab_ben build/dev/bin/gatehouse --estate resources/demo-estate \
        --database "postgresql://cab_ben@127.0.0.1:$store_pg_port/gatehouse" "${gatehouse_args[@]}"
    gatehouse_args+=(--database "postgresql://rm_anna@127.0.0.1:$store_pg_port/gatehouse")
fi
build/dev/bin/gatehouse --estate resources/demo-estate "${gatehouse_args[@]}" &
app_pid=$!
trap 'kill -TERM "$app_pid" 2>/dev/null || true' INT TERM
status=0
wait "$app_pid" || status=$?
# A trapped signal interrupts `wait`; wait again until gatehouse has really exited.
while kill -0 "$app_pid" 2>/dev/null; do
    status=0
    wait "$app_pid" || status=$?
done
exit "$status"
