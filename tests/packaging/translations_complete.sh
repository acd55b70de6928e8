#!/usr/bin/env bash
# Fails when a committed .ts file is not complete for the current sources.
#
# Runs lupdate over the source folders into temporary copies of the .ts files (the
# committed files are never modified) and lists every message that is
#   new         used in the code but missing from the committed .ts file
#   unfinished  present but marked type="unfinished"
#   vanished    no longer in the code and left without a translation
#
# Usage: translations_complete.sh LUPDATE SOURCE_DIR "DIR;DIR;…" TS_FILE…
set -euo pipefail

lupdate=$1
source_dir=$2
IFS=';' read -r -a dirs <<<"$3"
shift 3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One line per message: status <TAB> context <TAB> source <TAB> location.
# lupdate writes one element per line except multi-line source texts and numerus
# forms, which this reader joins.
messages() {
    awk '
        function text(s) {
            gsub(/<[^>]*>/, "", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
            gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s); gsub(/&amp;/, "\\&", s)
            return s
        }
        /<context>/ { context = ""; incontext = 1 }
        incontext && /<name>/ && !inmessage { context = text($0); gsub(/^[ \t]+|[ \t]+$/, "", context) }
        /<message/ { inmessage = 1; source = ""; status = "finished"; translation = ""; location = ""; insource = 0; intr = 0 }
        inmessage && /<location / {
            if (location == "" && match($0, /filename="[^"]*"/)) {
                location = substr($0, RSTART + 10, RLENGTH - 11)
                if (match($0, /line="[0-9]+"/)) location = location ":" substr($0, RSTART + 6, RLENGTH - 7)
            }
        }
        inmessage && /<source>/ { insource = 1; source = "" }
        insource { line = $0; sub(/^[ \t]*<source>/, "", line); source = source (source == "" ? "" : "\\n") line
                   if ($0 ~ /<\/source>/) { insource = 0; sub(/<\/source>.*/, "", source); source = text(source) } ; next }
        inmessage && /<translation/ {
            intr = 1
            if ($0 ~ /type="unfinished"/) status = "unfinished"
            else if ($0 ~ /type="vanished"/ || $0 ~ /type="obsolete"/) status = "vanished"
        }
        intr { translation = translation $0; if ($0 ~ /<\/translation>|<translation[^>]*\/>/) intr = 0 }
        /<\/message>/ {
            inmessage = 0
            body = translation; gsub(/<[^>]*>/, "", body); gsub(/[ \t]/, "", body)
            if (status == "vanished" && body != "") status = "vanished-translated"
            printf "%s\t%s\t%s\t%s\n", status, context, source, location
        }
    ' "$1"
}

sources=()
for d in "${dirs[@]}"; do
    sources+=("$source_dir/$d")
done

failures=0
for ts in "$@"; do
    name=$(basename "$ts")
    copy="$work/$name"
    cp "$ts" "$copy"
    # -I: project headers are included as "services/…", so lupdate needs the source
    # root to see the namespaces the classes (and thus the tr() contexts) live in.
    if ! "$lupdate" -silent -extensions cpp,h -locations absolute -I "$source_dir" "${sources[@]}" -ts "$copy" \
        >"$work/lupdate.log" 2>&1; then
        echo "$name: lupdate failed:" >&2
        cat "$work/lupdate.log" >&2
        failures=$((failures + 1))
        continue
    fi
    # Keys (context + source) of the committed file and of the refreshed copy.
    messages "$ts" | cut -f2,3 | sort -u >"$work/known"
    messages "$copy" | cut -f2,3 | sort -u >"$work/current"
    problems=0
    report() {
        local status=$1 context=$2 source=$3 location=$4
        if [[ -n "$location" && "$location" != /* ]]; then
            location=$(realpath -m "$work/$location")
        fi
        echo "$name: $status: [$context] \"$source\"${location:+ ($location)}"
        problems=$((problems + 1))
    }
    while IFS=$'\t' read -r status context source location; do
        case "$status" in
        unfinished)
            if grep -qxF "$context"$'\t'"$source" "$work/known"; then
                report unfinished "$context" "$source" "$location"
            else
                report new "$context" "$source" "$location"
            fi
            ;;
        vanished) report vanished "$context" "$source" "$location" ;;
        esac
    done < <(messages "$copy")
    # lupdate drops untranslated messages the code no longer uses; report them too.
    while IFS=$'\t' read -r status context source location; do
        if ! grep -qxF "$context"$'\t'"$source" "$work/current"; then
            report vanished "$context" "$source" ""
        fi
    done < <(messages "$ts" | grep '^unfinished')
    total=$(messages "$copy" | grep -vc '^vanished' || true)
    if ((problems > 0)); then
        echo "$name: $problems of $total messages need work (run the update_translations target, then translate)" >&2
        failures=$((failures + 1))
    else
        echo "$name: complete ($total messages)"
    fi
done

exit $((failures > 0 ? 1 : 0))
