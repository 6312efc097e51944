#!/usr/bin/env bash
# `make bench`: builds, prepares what a local platform needs unless BENCH_URL names a running
# gateway, then runs tools/bench.js, or BENCH_SCRIPT (make bench-timing: tools/bench-timing.js);
# settings: see that file.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/scripts/local-infra.sh
source deploy/scripts/local-infra.sh

make --no-print-directory build
if [[ -z ${BENCH_URL:-} && -z ${BENCH_ONLY_BARE:-} ]]; then
  prepare_local_platform || exit 1
fi
exec node "${BENCH_SCRIPT:-tools/bench.js}"
