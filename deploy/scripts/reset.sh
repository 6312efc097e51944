#!/usr/bin/env bash
# `make reset`: after a typed confirmation, drops the local platform's databases, event streams and
# idempotency bucket (tools/reset.js), so the next `make up` starts clean.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/scripts/local-infra.sh
source deploy/scripts/local-infra.sh

ensure_installed
ensure_servers || exit 1
exec node tools/reset.js
