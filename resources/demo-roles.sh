#!/usr/bin/env bash
# Creates the login roles of the two-person CAB demo on a control store server:
#
#   rm_anna   requester and release manager: files the change and schedules it
#   dev_omar  requester: the engineer who files the demo's release train, so that
#             rm_anna, who drives it, may override its gates where separation of
#             duties applies (nobody overrides the gates of a change they requested)
#   cab_ben   CAB member
#   cab_chen  CAB member
#   biz_dora  business owner
#   adm_eva   administrator: applies the estate's policy to the control store
#
# Every run gives each person a new random password. The passwords are stored in the
# desktop keychain (Secret Service, where Gatehouse reads them) under the reference
# Gatehouse derives from the connection URL, keychain:gatehouse/USER@HOST:PORT/DB; with
# no keychain reachable they are printed once to this terminal instead. They are never
# written to a file.
#
#   resources/demo-roles.sh --port PORT [--host 127.0.0.1] [--database gatehouse]
#                           [--superuser gatehouse] [--socket-dir DIR] [--print]
#
# The superuser connects through --socket-dir when given (peer/trust on the socket),
# otherwise over TCP to --host. The server must ask the people for a password over TCP
# (pg_hba.conf: host all all 127.0.0.1/32 scram-sha-256). The group roles are created
# when missing, exactly as the control store's migrations name them, so this may run
# before the first Gatehouse has migrated the database.
set -euo pipefail

host=127.0.0.1
port=
database=gatehouse
superuser=gatehouse
socket_dir=
print_only=0

usage() {
    sed -n '2,27s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

while (($#)); do
    case $1 in
    --host) host=${2:?}; shift 2 ;;
    --port) port=${2:?}; shift 2 ;;
    --database) database=${2:?}; shift 2 ;;
    --superuser) superuser=${2:?}; shift 2 ;;
    --socket-dir) socket_dir=${2:?}; shift 2 ;;
    --print) print_only=1; shift ;;
    -h | --help) usage ;;
    *) echo "demo-roles.sh: unknown argument $1" >&2; usage ;;
    esac
done
[[ "$port" =~ ^[0-9]+$ ]] || { echo "demo-roles.sh: --port is required" >&2; usage; }

people=(rm_anna dev_omar cab_ben cab_chen biz_dora adm_eva)
declare -A roles=(
    [rm_anna]="gatehouse_requester gatehouse_release_manager"
    [dev_omar]="gatehouse_requester"
    [cab_ben]="gatehouse_cab_member"
    [cab_chen]="gatehouse_cab_member"
    [biz_dora]="gatehouse_business_owner"
    [adm_eva]="gatehouse_admin"
)

psql_super() {
    local server=$host
    [[ -z "$socket_dir" ]] || server=$socket_dir
    psql -X -q -v ON_ERROR_STOP=1 -h "$server" -p "$port" -U "$superuser" -d "$database" "$@"
}

# 24 random characters from [A-Za-z0-9]: nothing a shell, a URL or SQL quoting could mangle.
new_password() {
    local password=
    while ((${#password} < 24)); do
        password+=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    done
    printf '%s' "${password:0:24}"
}

keychain_usable() {
    ((print_only == 0)) && command -v secret-tool >/dev/null 2>&1 && [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]]
}

declare -A passwords=()
for person in "${people[@]}"; do
    passwords[$person]=$(new_password)
done

# The statements go through standard input, so no password appears in a process list.
{
    echo "SET client_min_messages = warning;"
    for group in gatehouse_requester gatehouse_cab_member gatehouse_business_owner \
        gatehouse_release_manager gatehouse_support gatehouse_admin; do
        echo "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$group') THEN" \
            "CREATE ROLE $group NOLOGIN; END IF; END \$\$;"
    done
    for person in "${people[@]}"; do
        echo "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$person') THEN" \
            "CREATE ROLE $person LOGIN; END IF; END \$\$;"
        echo "ALTER ROLE $person LOGIN PASSWORD '${passwords[$person]}';"
        for group in ${roles[$person]}; do
            echo "GRANT $group TO $person;"
        done
    done
} | psql_super -f -

url_of() { echo "postgresql://$1@$host:$port/$database"; }

stored=0
if keychain_usable; then
    stored=1
    for person in "${people[@]}"; do
        # The account Gatehouse derives from the URL: USER@HOST:PORT/DB (service "gatehouse").
        if ! printf '%s' "${passwords[$person]}" |
            secret-tool store --label="Gatehouse control store: $person@$host:$port/$database" \
                user "$person@$host:$port/$database" server gatehouse type plaintext 2>/dev/null; then
            stored=0
            break
        fi
    done
fi

echo "Demo people on the control store $host:$port/$database:"
for person in "${people[@]}"; do
    printf '  %-9s %-48s %s\n' "$person" "$(url_of "$person")" "${roles[$person]//gatehouse_/}"
done
if ((stored)); then
    echo "Their passwords are in the keychain (keychain:gatehouse/USER@$host:$port/$database)."
else
    echo "No keychain is reachable; the passwords, shown this once:"
    for person in "${people[@]}"; do
        printf '  %-9s %s\n' "$person" "${passwords[$person]}"
    done
fi
