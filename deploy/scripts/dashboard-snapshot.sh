#!/usr/bin/env bash
# `make dashboard-snapshot`: builds, prepares the local platform's servers and databases, then runs
# tools/dashboard-snapshot.js (settings: see that file). Needs gnuplot (Debian: gnuplot-nox).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/scripts/local-infra.sh
source deploy/scripts/local-infra.sh

# Databases and a NATS namespace of its own, so the run neither reads nor changes `make up`'s data
# (nor meets identity keys sealed by another checkout's development key).
server=${POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
for service in "${ATRIUM_SERVICES_WITH_DB[@]}"; do
  var="${service^^}_DATABASE_URL"
  export "$var=${!var:-${server%/}/atrium_dashboard_${service}}"
done
export EVENTS_NAMESPACE=${EVENTS_NAMESPACE:-dashboard}

command -v gnuplot >/dev/null || { echo "dashboard-snapshot needs gnuplot: apt-get install gnuplot-nox" >&2; exit 1; }
make --no-print-directory build
prepare_local_platform || exit 1
exec node tools/dashboard-snapshot.js
