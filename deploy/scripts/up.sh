#!/usr/bin/env bash
# `make up`: installs and builds, then runs the whole platform, with docker compose where a
# Docker engine answers and as six local processes (tools/run-all.js) otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/scripts/local-infra.sh
source deploy/scripts/local-infra.sh

ensure_installed
make --no-print-directory build

# The docker client alone (as on our dev machines) fails `docker info` at once; a hung daemon must not hang us.
if command -v docker >/dev/null && timeout 10 docker info >/dev/null 2>&1; then
  if docker compose version >/dev/null 2>&1; then
    echo "Docker engine found: running 'docker compose up --build' (Ctrl-C stops the stack)"
    exec docker compose up --build
  fi
  echo "Docker engine found but not its compose plugin: running the platform as local processes instead"
fi

prepare_local_platform || exit 1
exec node tools/run-all.js
