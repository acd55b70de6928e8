#!/usr/bin/env bash
# Installs what is missing (installer/packages.txt), builds Gatehouse with the `ci`
# preset and runs the whole test suite: every ctest label (unit, integration, gui,
# packaging, …). Prints ctest's summary; exits non-zero when anything fails.
#
#   ./test.sh                 everything
#   ./test.sh -L unit         extra arguments go to ctest
#   GATEHOUSE_TEST_JOBS=1 ./test.sh   run the tests one at a time
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"

installer/install-deps.sh

export CCACHE_BASEDIR="$root"
jobs=$(nproc)

echo "== configure (preset ci)"
cmake --preset ci
echo "== build"
cmake --build --preset ci --parallel "$jobs"
echo "== test"
# The preset sets --output-on-failure and a 300 s default timeout per test.
ctest --preset ci --parallel "${GATEHOUSE_TEST_JOBS:-$jobs}" "$@"
