#!/usr/bin/env bash
# make helm-check: `helm lint --strict` every chart and `helm template` the umbrella chart with its
# default values and with deploy/values/{dev,production}.yaml, offline. Dependencies are file://
# charts, built in a scratch copy of charts/ so the working tree stays as it is. The rendered objects
# are checked against the Kubernetes schemas and the platform's policies by the jest tests in
# charts/test (npx jest charts/test).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
helm="$(bash charts/ensure-helm.sh)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

services=(gateway identity tenancy billing campaigns notification)
value_sets=(default dev production)

# Runs a command quietly; on failure shows its output and stops with a message naming the step.
step() {
  local what="$1" output
  shift
  if ! output="$("$@" 2>&1)"; then
    printf '%s\n' "$output" >&2
    echo "helm-check: FAILED: $what" >&2
    exit 1
  fi
}

values_args() {
  if [[ "$1" != default ]]; then echo "--values=deploy/values/$1.yaml"; fi
}

cp -R charts "$work/charts"
# Services first: each packs the library chart, then the umbrella packs the services.
for chart in "${services[@]}" atrium; do
  step "helm dependency build charts/$chart" "$helm" dependency build "$work/charts/$chart"
done

step "helm lint --strict charts/atrium-lib" "$helm" lint --strict "$work/charts/atrium-lib"
for chart in "${services[@]}"; do
  step "helm lint --strict charts/$chart" "$helm" lint --strict "$work/charts/$chart"
done
for set in "${value_sets[@]}"; do
  # shellcheck disable=SC2046 # no argument, or exactly one without spaces
  step "helm lint --strict charts/atrium ($set values)" \
    "$helm" lint --strict "$work/charts/atrium" $(values_args "$set")
  # shellcheck disable=SC2046
  step "helm template charts/atrium ($set values)" \
    "$helm" template atrium "$work/charts/atrium" --namespace atrium --kube-version 1.34.0 \
    --output-dir "$work/rendered/$set" $(values_args "$set")
done

echo "helm-check: ${#services[@]} service charts, the library and the umbrella lint clean;" \
  "the umbrella renders with ${value_sets[*]} values ($("$helm" version --template '{{.Version}}'))"
