#!/usr/bin/env bash
# Seeds the demo estate's Odoo databases into a running PostgreSQL:
#
#   resources/demo-odoo/seed.sh HOST PORT USER
#
# USER must be able to create databases and roles (the demo cluster's superuser).
# Creates, from scratch each time, one Odoo 17-shaped database per environment of
# resources/demo-estate (tests/integration/odoo/odoo17_*.sql: tables, modules, roles and
# grants), then applies the environment's own changes (<environment>.sql here):
#
#   development   northwind_dev       like staging (the migration started there)
#   staging       northwind_staging   stock upgraded to 17.0.1.3 (the drifted module) and the
#                                     migration that renames stock_picking.carrier_tracking_ref
#                                     (the column the EDI gateway's ASN export reads)
#   production-eu northwind           the baseline
#   production-us northwind_us        the baseline
#
# Gatehouse reads them as the login role gatehouse_ro (created here, no password).
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 HOST PORT USER" >&2
    exit 2
fi
host=$1
port=$2
user=$3

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sql_dir="$here/../../tests/integration/odoo"

psql_bin=psql
if ! command -v psql >/dev/null 2>&1; then
    psql_bin="$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)/psql"
fi

export PGOPTIONS="-c client_min_messages=warning"

run_psql() {
    "$psql_bin" -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" "$@"
}

for entry in development:northwind_dev staging:northwind_staging production-eu:northwind production-us:northwind_us; do
    environment=${entry%%:*}
    database=${entry#*:}
    run_psql -d postgres -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
    run_psql -d "$database" -f "$sql_dir/odoo17_schema.sql" -f "$sql_dir/odoo17_modules.sql" \
        -f "$sql_dir/odoo17_roles.sql" -f "$here/demo-data.sql"
    if [[ -f "$here/$environment.sql" ]]; then
        run_psql -d "$database" -f "$here/$environment.sql"
    fi
    echo "seeded $database ($environment)"
done
