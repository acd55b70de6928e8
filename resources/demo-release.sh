#!/usr/bin/env bash
# Files the changes of a release train for the two-person CAB demo, as the engineer
# dev_omar (resources/demo-roles.sh), for the release manager rm_anna to bundle and drive:
# one standard change per environment of the production promotion path
# (development, staging, production-eu, production-us) that moves the EDI gateway to a
# new image, with its rollback plan and the pre-approved rollback criterion on the EDI
# failure ratio. Standard changes below the policy's risk threshold are approved when
# assessed, so the Releases area's "New release…" can bundle them at once.
#
#   resources/demo-release.sh --port PORT --socket-dir DIR [--image TAG] [--database gatehouse]
#                             [--superuser gatehouse] [--environments "development staging …"]
#                             [--threshold RATIO]
#
# --image defaults to 4.3.0; --environments to the whole promotion path; --threshold
# (the EDI failure ratio that rolls the release back once it held for 60 s) to 0.3.
# A tag ending in -bad is an image the estate simulator cannot pull: its pods stay in
# ImagePullBackOff and the environment's EDI messages fail (about 35 %), so Gatehouse
# rolls the release back on the criterion where EDI traffic flows (staging, production)
# and pauses it at the Deployment's progress deadline where none does (development). One
# ending in -crash gives pods that crash-loop. The superuser connects through the
# server's socket (trust on the socket), so no password is needed or shown. Prints the
# change ids.
set -euo pipefail

port=
socket_dir=
database=gatehouse
superuser=gatehouse
tag=4.3.0
environments="development staging production-eu production-us"
threshold=0.3

usage() {
    sed -n '2,24s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

while (($#)); do
    case $1 in
    --port) port=${2:?}; shift 2 ;;
    --socket-dir) socket_dir=${2:?}; shift 2 ;;
    --database) database=${2:?}; shift 2 ;;
    --superuser) superuser=${2:?}; shift 2 ;;
    --environments) environments=${2:?}; shift 2 ;;
    --threshold) threshold=${2:?}; shift 2 ;;
    --image) tag=${2:?}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "demo-release.sh: unknown argument $1" >&2; usage ;;
    esac
done
[[ "$port" =~ ^[0-9]+$ && -n "$socket_dir" ]] || usage
[[ "$tag" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "demo-release.sh: bad image tag '$tag'" >&2; exit 2; }
[[ "$threshold" =~ ^(0|1)?\.[0-9]+$ ]] || { echo "demo-release.sh: bad threshold '$threshold'" >&2; exit 2; }
for environment in $environments; do
    [[ "$environment" =~ ^(development|staging|production-eu|production-us)$ ]] ||
        { echo "demo-release.sh: unknown environment '$environment'" >&2; exit 2; }
done

image="registry.northwind.example/edi-gateway:$tag"
# $environment is the executor's placeholder, not a shell variable.
# shellcheck disable=SC2016
criterion_query='sum(rate(gatehouse_edi_messages_total{environment=\"$environment\",result=\"failed\"}[1m])) / clamp_min(sum(rate(gatehouse_edi_messages_total{environment=\"$environment\"}[1m])), 1e-9)'
scope=$(cat <<JSON
{"workloads": [{"name": "edi-gateway", "image": "$image"}],
 "modules": [], "migrations": [], "infrastructure": [],
 "integrations": ["edi-gateway"],
 "rollbackPlan": "Roll the edi-gateway Deployment back to its previous revision; no schema or module change is involved.",
 "rollbackCriteria": [{"name": "edi-failure-ratio", "query": "$criterion_query", "comparison": ">",
                       "threshold": $threshold, "durationSeconds": 60, "action": "rollback"}]}
JSON
)

# In one transaction, so all four are filed or none: the control store's superuser
# connects through the socket (trust) and acts as each person in turn (SET SESSION
# AUTHORIZATION changes session_user, which is whom the store's functions check):
# dev_omar files and submits each change, rm_anna assesses it.
{
    echo "\\set ON_ERROR_STOP on"
    echo "BEGIN;"
    for environment in $environments; do
        cat <<SQL
SET SESSION AUTHORIZATION dev_omar;
WITH created AS (
    SELECT (gatehouse_create_change(
        'EDI gateway $tag to $environment',
        'Release train: the EDI gateway''s ASN export fix, promoted environment by environment.',
        '$environment', 'standard', ARRAY['edi-gateway'], ARRAY['edi-gateway'],
        now() - interval '5 minutes', now() + interval '4 hours', 'Europe/Amsterdam')).id AS id
), scoped AS (
    SELECT (gatehouse_set_scope(id, \$scope\$$scope\$scope\$::jsonb, 'release train scope')).id AS id FROM created
)
SELECT (gatehouse_submit(id, 'standard change from the release train template')).id AS change_id FROM scoped
\\gset
SET SESSION AUTHORIZATION rm_anna;
SELECT 'change ' || c.id || ' (' || c.environment || '): ' || c.state
  FROM gatehouse_assess(:change_id, 10, 'standard template, low risk') c;
SQL
    done
    echo "RESET SESSION AUTHORIZATION;"
    echo "COMMIT;"
} | psql -X -q -t -A -h "$socket_dir" -p "$port" -U "$superuser" -d "$database"
