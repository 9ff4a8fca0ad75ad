#!/usr/bin/env bash
# Checks what a fresh machine needs before a script starts, one line per thing missing:
#   ops/local/prereqs.sh [jdk] [postgres] [node]    (no argument: all three)
# JDK 25 under /usr/lib/jvm or in JAVA_HOME; PostgreSQL 15 (its cluster tools), unless DATABASE_URL
# names a database; Node 20 or newer with npm.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ $# -gt 0 ]] || set -- jdk postgres node
missing=0
need() { echo "prerequisite missing: $*" >&2; missing=1; }
for what in "$@"; do
  case $what in
    jdk) "$here/java-home.sh" >/dev/null 2>&1 || need "JDK 25 (install Temurin 25 under /usr/lib/jvm, or set JAVA_HOME to one)" ;;
    postgres)
      if [[ -z ${DATABASE_URL:-} ]]; then
        command -v pg_ctlcluster >/dev/null && command -v pg_isready >/dev/null && [[ -d /etc/postgresql/${PG_CLUSTER_VERSION:-15} ]] \
          || need "PostgreSQL ${PG_CLUSTER_VERSION:-15} (apt-get install postgresql-${PG_CLUSTER_VERSION:-15}, or set DATABASE_URL)"
      fi ;;
    node)
      major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/')
      [[ -n $major && $major -ge 20 ]] || need "Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))"
      command -v npm >/dev/null || need "npm (it comes with Node.js)" ;;
    *) echo "prereqs.sh: unknown prerequisite $what" >&2; exit 2 ;;
  esac
done
exit $missing
