# shellcheck shell=bash
# Helpers sourced by .ci/run, up.sh and bench.sh (from the repository root) to run the
# platform on this machine: Postgres and NATS started with the commands of
# /work/shared/TOOLCHAIN.md where they are installed, one database per service, and a
# development key for identity.

ATRIUM_SERVICES_WITH_DB=(identity tenancy billing campaigns notification)
ATRIUM_DEFAULT_POSTGRES_URL=postgres://postgres@127.0.0.1:5432
ATRIUM_DEFAULT_NATS_URL=nats://127.0.0.1:4222

# Installs the locked dependencies unless node_modules is already what package-lock.json says.
ensure_installed() {
  if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

# True when host:port accepts a TCP connection within 1 s.
port_answers() {
  # shellcheck disable=SC2016 # expanded by the inner bash, from its own arguments
  timeout 1 bash -c ': <"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# Waits until every host:port answers, all within one deadline; names those that never did.
wait_for_ports() {
  local seconds=$1 target
  shift
  local deadline=$((SECONDS + seconds))
  for target in "$@"; do
    until port_answers "${target%:*}" "${target##*:}"; do
      if ((SECONDS >= deadline)); then
        echo "Nothing answers on $target after ${seconds} s." >&2
        return 1
      fi
      sleep 0.5
    done
  done
}

# Starts the local PostgreSQL cluster unless it answers already; fails when it is not installed.
start_local_postgres() {
  port_answers 127.0.0.1 5432 && return 0
  if ! command -v pg_ctlcluster >/dev/null || [[ ! -d /etc/postgresql ]]; then
    return 1
  fi
  echo "Starting PostgreSQL (pg_ctlcluster)"
  # A cluster that is still starting answers "already running" with status 2; the
  # port check that follows is the real test, so the status is not.
  # shellcheck disable=SC2046 # the command exactly as TOOLCHAIN.md gives it
  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start || true
}

# Starts the local NATS server unless it answers already; fails when it is not installed.
start_local_nats() {
  port_answers 127.0.0.1 4222 && return 0
  if [[ ! -x /usr/sbin/nats-server ]] || ! command -v start-stop-daemon >/dev/null; then
    return 1
  fi
  echo "Starting NATS (nats-server -js)"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
    -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log || true
}

# Prints "host port" of a URL such as postgres://user:secret@host:5432/db?x or nats://a:4222,nats://b:4222.
url_host_port() {
  local url=${1%%,*} default_port=$2
  local authority=${url#*://}
  authority=${authority%%[/?]*}
  authority=${authority##*@}
  local host=$authority port=$default_port
  if [[ $authority =~ ^\[(.*)\](:([0-9]+))?$ ]]; then
    host=${BASH_REMATCH[1]}
    port=${BASH_REMATCH[3]:-$default_port}
  elif [[ $authority == *:* ]]; then
    host=${authority%:*}
    port=${authority##*:}
  fi
  echo "$host $port"
}

is_loopback() {
  [[ $1 == 127.0.0.1 || $1 == localhost || $1 == ::1 ]]
}

# The database URL of one service: <SERVICE>_DATABASE_URL, else atrium_<service> on POSTGRES_URL's
# server (any ?query kept). tools/run-all.js computes the same.
service_database_url() {
  local service=$1
  local own_var="${service^^}_DATABASE_URL"
  if [[ -n ${!own_var:-} ]]; then
    echo "${!own_var}"
    return
  fi
  local server=${POSTGRES_URL:-$ATRIUM_DEFAULT_POSTGRES_URL}
  local base=${server%%\?*}
  echo "${base%/}/atrium_${service}${server#"$base"}"
}

# True when some service takes its database from POSTGRES_URL's server.
needs_postgres_server() {
  local service own_var
  for service in "${ATRIUM_SERVICES_WITH_DB[@]}"; do
    own_var="${service^^}_DATABASE_URL"
    [[ -z ${!own_var:-} ]] && return 0
  done
  return 1
}

# True when the server of a URL answers, after starting it (start function) when it is the local one.
server_answers() {
  local url=$1 default_port=$2 start=$3 host port
  read -r host port < <(url_host_port "$url" "$default_port")
  port_answers "$host" "$port" && return 0
  is_loopback "$host" && [[ $port == "$default_port" ]] && "$start" && wait_for_ports 15 "$host:$port"
}

# Makes sure the Postgres server and NATS the platform will use answer, starting local ones if
# needed; otherwise explains what is missing and how to provide it.
ensure_servers() {
  local postgres_url=${POSTGRES_URL:-$ATRIUM_DEFAULT_POSTGRES_URL} nats_url=${NATS_URL:-$ATRIUM_DEFAULT_NATS_URL}
  local missing=()
  if needs_postgres_server && ! server_answers "$postgres_url" 5432 start_local_postgres; then
    missing+=("PostgreSQL at $(url_host_port "$postgres_url" 5432 | tr ' ' :)")
  fi
  if ! server_answers "$nats_url" 4222 start_local_nats; then
    missing+=("NATS at $(url_host_port "$nats_url" 4222 | tr ' ' :)")
  fi
  ((${#missing[@]} == 0)) && return 0
  local joined
  joined=$(printf '%s and ' "${missing[@]}")
  {
    echo "Cannot start Atrium locally: no answer from ${joined% and }."
    echo "Provide the servers in one of these ways:"
    echo "  - run PostgreSQL 15 and NATS 2.9+ with JetStream (nats-server -js) on 127.0.0.1:5432 and"
    echo "    127.0.0.1:4222 (make up starts them itself where they are installed as on our dev machines);"
    echo "  - or point at running ones: POSTGRES_URL=postgres://user:password@host:5432 (a role that may"
    echo "    create databases; or one <SERVICE>_DATABASE_URL per service) and NATS_URL=nats://host:4222;"
    echo "  - or install Docker: make up then runs the whole stack with docker compose."
  } >&2
  return 1
}

# Creates each service's database unless it exists (a service migrates its own, but cannot create it).
create_databases() {
  if [[ ! -f libs/db/dist/cli.js ]]; then
    echo "libs/db/dist/cli.js is missing: run 'make build' first." >&2
    return 1
  fi
  local service
  for service in "${ATRIUM_SERVICES_WITH_DB[@]}"; do
    DATABASE_URL=$(service_database_url "$service") node libs/db/dist/cli.js create-database || {
      echo "Could not create the database of $service (see above)." >&2
      return 1
    }
  done
}

# Identity refuses to start without IDENTITY_KEK; on a laptop a key of this checkout's own will do.
ensure_identity_kek() {
  [[ -n ${IDENTITY_KEK:-} ]] && return 0
  local file=.run/dev-kek
  if [[ ! -s $file ]]; then
    mkdir -p .run
    (umask 077 && node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))" >"$file")
  fi
  IDENTITY_KEK=$(<"$file")
  if [[ -z $IDENTITY_KEK ]]; then
    echo "Could not create a development key in $file." >&2
    return 1
  fi
  export IDENTITY_KEK
  echo "Warning: IDENTITY_KEK is not set; using the development key in $file. Production must set its own."
}

# Everything the local processes need before tools/run-all.js starts them.
prepare_local_platform() {
  ensure_servers && create_databases && ensure_identity_kek
}
