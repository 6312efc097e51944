# shellcheck shell=bash
# Sourced by `make test` before jest: points the test harness (libs/testing) at the
# Postgres and NATS of this machine when they answer, so tests do not need Docker.
# Variables already set win. Being sourced, it must never `exit` or enable `set -e`:
# that would end or change the caller's shell.

__atrium_answers() {
  # A closed port fails at once; a filtered one would hang without the timeout.
  # shellcheck disable=SC2016 # expanded by the inner bash, from its own arguments
  timeout 1 bash -c ': <"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

if [ -z "${TEST_DATABASE_URL:-}" ] && __atrium_answers 127.0.0.1 5432; then
  export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
fi
if [ -z "${NATS_URL:-}" ] && [ -z "${TEST_NATS_URL:-}" ] && __atrium_answers 127.0.0.1 4222; then
  export NATS_URL=nats://127.0.0.1:4222
fi

# Passwords stay out of CI logs.
__atrium_postgres=$(printf '%s' "${TEST_DATABASE_URL:-}" | sed -E 's#(://[^:/@]*):[^@/]*@#\1:***@#')
__atrium_nats=${TEST_NATS_URL:-${NATS_URL:-}}
if [ -n "$__atrium_postgres" ] && [ -n "$__atrium_nats" ]; then
  echo "Tests use Postgres $__atrium_postgres and NATS $__atrium_nats"
elif [ -z "$__atrium_postgres" ] && [ -z "$__atrium_nats" ]; then
  echo "No Postgres on 127.0.0.1:5432 nor NATS on 127.0.0.1:4222 (and TEST_DATABASE_URL/NATS_URL unset): the test harness will try testcontainers (needs Docker)"
else
  echo "Tests use ${__atrium_postgres:+Postgres $__atrium_postgres}${__atrium_nats:+NATS $__atrium_nats}; the test harness will try testcontainers for the ${__atrium_postgres:+NATS}${__atrium_nats:+Postgres} server (needs Docker)"
fi

unset -f __atrium_answers
unset __atrium_postgres __atrium_nats
