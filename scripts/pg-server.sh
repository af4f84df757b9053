#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback, for the tests (scripts/test.sh) and for
# trying multi-desk mode on one machine. Installs Debian's postgresql if it is missing.
#
#   scripts/pg-server.sh start DIR [PORT]   prints the URL of the running server
#   scripts/pg-server.sh stop DIR
#
# The cluster lives in DIR (made if missing), trusts local connections, listens on
# 127.0.0.1 only and runs with fsync off: it is for tests, not for a venue (see the
# README, "Several desks", and `mmdesk serve-setup` for a real server).
set -euo pipefail

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

cmd=${1:?usage: pg-server.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-server.sh start|stop DIR [PORT]}

case "$cmd" in
start)
    port=${3:-55432}
    bin=$(bindir || true)
    if [ -z "$bin" ]; then
        sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        echo "installing postgresql from Debian's packages" >&2
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
        bin=$(bindir)
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c max_connections=100" \
        start >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    bin=$(bindir)
    [ -f "$dir/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-server.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
