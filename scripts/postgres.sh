#!/usr/bin/env bash
# Provisions the PostgreSQL + pgvector that planscreen needs. Idempotent; used by scripts/run, scripts/test and CI.
#
# Order of preference:
#   1. PLANSCREEN_DB_URL (or PLANSCREEN_TEST_DB_URL for tests) given: use it as it is, only check it.
#   2. A Docker engine answers: start docker/compose.yaml's database (pgvector/pgvector:pg17).
#   3. Debian/Ubuntu: install/start PostgreSQL, install pgvector for its major version, create roles,
#      databases and the extension.
# Databases created: planscreen, planscreen_test, plus any names given as arguments.
set -euo pipefail

say() { printf '[postgres] %s\n' "$*"; }
die() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }

PGHOST_=${PLANSCREEN_PG_HOST:-127.0.0.1}
PGPORT_=${PLANSCREEN_PG_PORT:-5432}
SUPERUSER=${PLANSCREEN_PG_SUPERUSER:-postgres}
OWNER_ROLE=planscreen_owner
APP_ROLE=planscreen_app
OWNER_PASSWORD=${PLANSCREEN_DB_OWNER_PASSWORD:-planscreen_owner}
APP_PASSWORD=${PLANSCREEN_DB_PASSWORD:-planscreen_app}
DATABASES=(planscreen planscreen_test "$@")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

if [ -n "${PLANSCREEN_DB_URL:-}" ] && [ -n "${PLANSCREEN_TEST_DB_URL:-}" ]; then
  say "using the databases given by PLANSCREEN_DB_URL and PLANSCREEN_TEST_DB_URL; nothing to provision"
  exit 0
fi

psql_su() { psql -v ON_ERROR_STOP=1 -qtA -h "$PGHOST_" -p "$PGPORT_" -U "$SUPERUSER" "$@"; }

server_answers() { pg_isready -q -h "$PGHOST_" -p "$PGPORT_" 2>/dev/null; }

docker_answers() { command -v docker >/dev/null 2>&1 && timeout 5 docker info >/dev/null 2>&1; }

if ! command -v psql >/dev/null 2>&1 || ! server_answers; then
  if docker_answers; then
    say "no local PostgreSQL; starting docker/compose.yaml's database"
    docker compose -f "$ROOT/docker/compose.yaml" up -d db
    for _ in $(seq 1 60); do server_answers && break; sleep 1; done
    server_answers || die "the compose database did not start; see 'docker compose -f docker/compose.yaml logs db'"
  fi
fi

if ! command -v psql >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || die "no psql and no apt-get: install PostgreSQL 15+ with pgvector yourself and set PLANSCREEN_DB_URL / PLANSCREEN_TEST_DB_URL"
  say "installing PostgreSQL from the distribution"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql postgresql-client >/dev/null
fi

if ! server_answers; then
  say "starting the local PostgreSQL cluster"
  for v in $(ls /etc/postgresql 2>/dev/null); do
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$v" main start 2>/dev/null || true
  done
  for _ in $(seq 1 30); do server_answers && break; sleep 1; done
  server_answers || die "PostgreSQL does not answer on $PGHOST_:$PGPORT_; start it ('pg_ctlcluster <version> main start') or set PLANSCREEN_DB_URL"
fi

psql_su -d postgres -c 'select 1' >/dev/null 2>&1 || die "cannot connect as superuser '$SUPERUSER' on $PGHOST_:$PGPORT_ (trust auth expected); set PLANSCREEN_PG_SUPERUSER or give PLANSCREEN_DB_URL"
MAJOR=$(psql_su -d postgres -c 'show server_version_num' | cut -c1-2)
say "PostgreSQL $MAJOR answers on $PGHOST_:$PGPORT_"

vector_available() { [ -n "$(psql_su -d postgres -c "select 1 from pg_available_extensions where name='vector'")" ]; }

install_pgvector() {
  command -v apt-get >/dev/null 2>&1 || die "pgvector is missing and this is not Debian/Ubuntu: install pgvector for PostgreSQL $MAJOR (https://github.com/pgvector/pgvector#installation)"
  local codename
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  $SUDO apt-get update -qq
  if apt-cache show "postgresql-$MAJOR-pgvector" >/dev/null 2>&1; then
    say "installing postgresql-$MAJOR-pgvector"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "postgresql-$MAJOR-pgvector" >/dev/null
    return
  fi
  say "postgresql-$MAJOR-pgvector is not packaged for '$codename': building Debian's pgvector source package from trixie"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "postgresql-server-dev-$MAJOR" build-essential dpkg-dev >/dev/null
  local work=${PLANSCREEN_PGVECTOR_BUILD_DIR:-/var/tmp/planscreen-pgvector}
  $SUDO mkdir -p "$work/lists/partial"
  # Same mirror as the machine's own sources; source lines only, private lists, so trixie binaries never mix in.
  local mirror
  mirror=$( { grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
              grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}'; } | grep -v security | head -n1 || true)
  [ -n "$mirror" ] || mirror="http://deb.debian.org/debian"
  echo "deb-src [trusted=yes] ${mirror%/} trixie main" | $SUDO tee "$work/trixie-src.list" >/dev/null
  local aptopts=(-oDir::Etc::SourceList="$work/trixie-src.list" -oDir::Etc::SourceParts=/dev/null -oDir::State::Lists="$work/lists")
  $SUDO apt-get "${aptopts[@]}" update -qq
  ( cd "$work" && rm -rf pgvector-*/ && $SUDO apt-get "${aptopts[@]}" source -qq pgvector >/dev/null 2>&1 ) \
    || die "could not fetch Debian's pgvector source from $mirror (trixie)"
  local src
  src=$(ls -d "$work"/pgvector-*/ | head -n1)
  ( cd "$src" && make -s PG_CONFIG="/usr/lib/postgresql/$MAJOR/bin/pg_config" >/dev/null 2>&1 \
      && $SUDO make -s install PG_CONFIG="/usr/lib/postgresql/$MAJOR/bin/pg_config" >/dev/null ) \
    || die "building pgvector in $src failed; run 'make' there to see why"
  say "built and installed pgvector from $(basename "$src")"
}

vector_available || install_pgvector
vector_available || die "pgvector is still not available to PostgreSQL $MAJOR"

ensure_role() {
  local role=$1 password=$2
  if [ -z "$(psql_su -d postgres -c "select 1 from pg_roles where rolname='$role'")" ]; then
    psql_su -d postgres -c "create role $role login password '$password'"
    say "created role $role"
  fi
}
ensure_role "$OWNER_ROLE" "$OWNER_PASSWORD"
ensure_role "$APP_ROLE" "$APP_PASSWORD"

for db in "${DATABASES[@]}"; do
  [ -n "$db" ] || continue
  if [ -z "$(psql_su -d postgres -c "select 1 from pg_database where datname='$db'")" ]; then
    psql_su -d postgres -c "create database $db owner $OWNER_ROLE"
    say "created database $db"
  fi
  # The extension is not trusted: a superuser creates it before the owner's migrations run.
  psql_su -d "$db" -c "create extension if not exists vector"
  # contrib, not trusted either: lets the service and scripts/bench-similarity --prewarm load the reuse lookup's
  # indexes into shared_buffers (similarity/internal/ReuseWorkingSet.java)
  if [ -n "$(psql_su -d "$db" -c "select 1 from pg_available_extensions where name='pg_prewarm'")" ]; then
    psql_su -d "$db" -c "create extension if not exists pg_prewarm"
  fi
  psql_su -d "$db" -c "revoke all on database $db from public; grant connect, temporary on database $db to $APP_ROLE"
  psql_su -d "$db" -c "grant usage on schema public to $APP_ROLE"
done
VERSION=$(psql_su -d planscreen -c "select extversion from pg_extension where extname='vector'")
say "ready: databases ${DATABASES[*]} with pgvector $VERSION; owner role $OWNER_ROLE (migrations), app role $APP_ROLE (data only)"
