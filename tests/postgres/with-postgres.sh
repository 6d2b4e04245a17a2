#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server:
#   with-postgres.sh COMMAND [ARGS...]
# initdb into a temp folder, a free port on 127.0.0.1, a database bakery_test, and
# BAKERY_TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:PORT/bakery_test exported
# for the command. The server is stopped and the folder removed whatever happens;
# the command's exit code is this script's. initdb refuses root, so as root the
# server runs as the `postgres` user (runuser, or su as a fallback).
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return
    echo "with-postgres.sh: PostgreSQL server binaries not found (install Debian's postgresql)" >&2
    exit 2
}
PGBIN=${PGBIN:-$(find_bin)}

if [ "$(id -u)" -eq 0 ]; then
    SERVER_USER=postgres
    id "$SERVER_USER" >/dev/null 2>&1 || { echo "with-postgres.sh: no user $SERVER_USER" >&2; exit 2; }
else
    SERVER_USER=$(id -un)
fi

# Runs a command as the server's user, from a folder that user may enter.
as_server() {
    if [ "$(id -u)" -ne 0 ]; then
        (cd "$WORKDIR" && "$@")
    elif command -v runuser >/dev/null 2>&1; then
        (cd "$WORKDIR" && runuser -u "$SERVER_USER" -- "$@")
    else
        (cd "$WORKDIR" && su "$SERVER_USER" -s /bin/sh -c "$(printf '%q ' "$@")")
    fi
}

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
            2>/dev/null && return
    fi
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    echo 54329
}

# As root, under /tmp: the server's user must reach the folder ($TMPDIR may be private).
[ "$(id -u)" -eq 0 ] && BASE=/tmp || BASE=${TMPDIR:-/tmp}
WORKDIR=$(mktemp -d "$BASE/bakery-pg.XXXXXX")
chmod 755 "$WORKDIR"
[ "$(id -u)" -eq 0 ] && chown "$SERVER_USER:" "$WORKDIR"
STARTED=0
CHILD=

cleanup() {
    set +e
    [ -n "$CHILD" ] && kill "$CHILD" 2>/dev/null && wait "$CHILD" 2>/dev/null
    if [ -f "$WORKDIR/data/postmaster.pid" ]; then # also after a start that timed out
        as_server "$PGBIN/pg_ctl" -D "$WORKDIR/data" -m fast -w stop >/dev/null 2>&1
    fi
    rm -rf "$WORKDIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_server "$PGBIN/initdb" -D "$WORKDIR/data" -U postgres --auth=trust --encoding=UTF8 \
    --no-locale --no-sync >"$WORKDIR/initdb.log" 2>&1 \
    || { cat "$WORKDIR/initdb.log" >&2; echo "with-postgres.sh: initdb failed" >&2; exit 2; }

# A port can be taken between choosing and binding it: try a few.
for attempt in 1 2 3 4 5; do
    PORT=$(free_port)
    if as_server "$PGBIN/pg_ctl" -D "$WORKDIR/data" -l "$WORKDIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORKDIR -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
        STARTED=1
        break
    fi
    echo "with-postgres.sh: server did not start on port $PORT (attempt $attempt)" >&2
done
if [ "$STARTED" -ne 1 ]; then
    cat "$WORKDIR/server.log" >&2 || true
    exit 2
fi

"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres bakery_test
export BAKERY_TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/bakery_test"
echo "with-postgres.sh: PostgreSQL $("$PGBIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$PORT"

# In the background so that a TERM (ctest's timeout, Ctrl-C) interrupts the wait at once.
set +e
"$@" &
CHILD=$!
wait "$CHILD"
status=$?
CHILD=
exit "$status"
