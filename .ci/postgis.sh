#!/usr/bin/env bash
# Start a throwaway PostGIS cluster on a loopback port for the store tests.
# Prints the connection URL on its last line. Needs Debian's postgresql and postgis packages.
set -euo pipefail
PORT="${PGPORT_TEST:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
DATA="$(mktemp -d /tmp/troopmap-pg.XXXXXX)"
chown postgres "$DATA"
su postgres -c "$PGBIN/initdb -D $DATA -A trust -U postgres" >/dev/null
su postgres -c "$PGBIN/pg_ctl -D $DATA -l $DATA/log -w -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1\" start" >/dev/null
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE troopmap_test" >/dev/null
psql -h 127.0.0.1 -p "$PORT" -U postgres -d troopmap_test -qc "CREATE EXTENSION postgis" >/dev/null
echo "postgresql://postgres@127.0.0.1:$PORT/troopmap_test"
