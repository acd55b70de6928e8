#!/usr/bin/env bash
# Installs what is missing (installer/packages.txt), builds Gatehouse with the `dev`
# preset, starts the demo's services and opens Gatehouse on resources/demo-estate.
# Closing the window (or Ctrl+C) stops everything this script started.
#
#   ./run.sh                  extra arguments go to gatehouse, e.g. ./run.sh --lang de
#
# The control store is Gatehouse's embedded PostgreSQL, which gatehouse starts and
# stops itself.
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

installer/install-deps.sh

export CCACHE_BASEDIR="$root"
if [[ ! -f build/dev/CMakeCache.txt ]]; then
    cmake --preset dev
fi
cmake --build --preset dev --parallel "$(nproc)" --target gatehouse

demo_dir=$(mktemp -d -t gatehouse-demo.XXXXXX)

# ---------------------------------------------------------------------------
# Services of the demo. Each one is a start_<name> function that launches the
# service with `background NAME COMMAND…` (stopped on exit, last started first)
# and waits until it is ready. To add a service, write its function and add its
# name to DEMO_SERVICES.
DEMO_SERVICES=()

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
        kill -TERM "$pid" 2>/dev/null || true
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
build/dev/bin/gatehouse --estate resources/demo-estate "$@" &
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
