#!/usr/bin/env bash
# `make buf-breaking`: fails when protos/ breaks the wire or source compatibility of main's protos
# (buf's FILE rules, protos/buf.yaml). main is read with `git archive`, which works the same in a
# fresh clone (origin/main), a checkout and a worktree, whose .git is a file buf cannot read.
set -euo pipefail
cd "$(dirname "$0")/.."
against=""
for ref in main origin/main; do
  if git rev-parse --verify --quiet "$ref^{commit}" >/dev/null; then
    against=$ref
    break
  fi
done
if [ -z "$against" ]; then
  echo "buf breaking skipped: no main or origin/main branch to compare protos/ with."
  exit 0
fi
if ! git cat-file -e "$against:protos/buf.yaml" 2>/dev/null; then
  echo "buf breaking skipped: $against has no protos/buf.yaml to compare with."
  exit 0
fi
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
git archive "$against" protos | tar -x -C "$base"
./node_modules/.bin/buf breaking protos --against "$base/protos"
echo "buf breaking: protos/ is compatible with $against."
