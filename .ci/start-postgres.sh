# Sourced by .ci/run: starts a throwaway PostgreSQL on 127.0.0.1 and exports TEST_DATABASE_URL.
# PostgreSQL refuses to run as root, so the cluster belongs to an unprivileged user.
pg_bin=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && pg_bin="$d"; done
[ -n "$pg_bin" ] || pg_bin="$(dirname "$(command -v pg_ctl)")"
pg_user=postgres
id "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home "$pg_user"
pg_dir="$(mktemp -d /tmp/tally-pg.XXXXXX)"
pg_port="${PG_PORT:-55432}"
chown "$pg_user" "$pg_dir"
runuser -u "$pg_user" -- "$pg_bin/initdb" -D "$pg_dir/data" -U tally --auth=trust >/dev/null
runuser -u "$pg_user" -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
runuser -u "$pg_user" -- "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U tally tally_test
export TEST_DATABASE_URL="postgres://tally@127.0.0.1:$pg_port/tally_test"
trap 'runuser -u "$pg_user" -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true' EXIT
echo "postgres: $TEST_DATABASE_URL"
