#!/usr/bin/env bash
# Two instances of Scrutineer on one PostgreSQL behind nginx, as a council would run it behind a load balancer.
#
# Usage: bench/two-instances.sh
#
# Starts Debian's PostgreSQL (installed with apt-get if missing) on a free loopback port with a fresh temporary cluster,
# starts two jars on it AT THE SAME MOMENT on the empty database with --scrutineer.demo=true, and nginx in front of
# both (round robin, no sticky sessions). Then, through nginx: signs in as the demo officer and publishes the
# Q1 2025/26 report; and asks each instance directly for the published reports (both must list the new version at
# once) and for a members' page with the session cookie nginx's answers set (both must know the session).
# Checks along the way: both instances came up, and the demo was loaded exactly once.
# Not part of CI (it needs nginx and a PostgreSQL server); platform.database.ExternalDatabaseIT covers the same in
# the tests. Builds target/scrutineer.jar if missing. Everything is stopped and removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "two-instances.sh: $*" >&2; exit 1; }
say() { echo "== $*" >&2; }

# --- tools -------------------------------------------------------------------------------------------------------
find_nginx() { command -v nginx 2>/dev/null || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || true; }
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
[[ -n "$(find_nginx)" ]] || missing+=(nginx)
[[ -n "$(find_pg_bin)" ]] || missing+=(postgresql)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
if ((${#missing[@]})); then
    SUDO=""
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "need ${missing[*]}: not root and no sudo, install them by hand"
        SUDO="sudo"
    fi
    say "Installing ${missing[*]}"
    if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2; then
        $SUDO apt-get update -q >&2
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
    fi
fi
NGINX="$(find_nginx)"
PG_BIN="$(find_pg_bin)"
[[ -n "$NGINX" && -n "$PG_BIN" ]] || die "nginx or PostgreSQL not found after install"
command -v curl >/dev/null 2>&1 || die "curl is needed"

if [[ ! -f target/scrutineer.jar ]]; then
    say "Building target/scrutineer.jar"
    ./mvnw -q -B -ntp -DskipTests package >&2
fi

# --- clean-up ----------------------------------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/scrutineer-two.XXXXXX")"
chmod 711 "$WORK" # the postgres user reaches its own folder inside
PIDS=()
AS_PG=()
[[ "$(id -u)" -eq 0 ]] && AS_PG=(runuser -u postgres --)
cleanup() {
    set +e
    local pid i
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do
        for ((i = 0; i < 600; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
    done
    [[ -f "$WORK/pg/postmaster.pid" ]] && "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p; for ((p = $1; p < $1 + 200; p++)); do port_in_use "$p" || { echo "$p"; return; }; done; die "no free port from $1"; }

# --- PostgreSQL --------------------------------------------------------------------------------------------------
PG_PORT="$(free_port 15432)"
PG_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
mkdir -p "$WORK/pg"
printf '%s\n' "$PG_PASSWORD" >"$WORK/pg.password"
[[ "$(id -u)" -eq 0 ]] && chown postgres "$WORK/pg" "$WORK/pg.password"
say "PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$PG_PORT"
"${AS_PG[@]}" "$PG_BIN/initdb" -D "$WORK/pg" -U scrutineer --pwfile="$WORK/pg.password" --auth=scram-sha-256 -E UTF-8 >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; die "initdb failed"; }
"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" start >/dev/null || die "PostgreSQL did not start"
PGPASSWORD="$PG_PASSWORD" psql -q -h 127.0.0.1 -p "$PG_PORT" -U scrutineer -d postgres -c "create database scrutineer"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/scrutineer"
export SPRING_DATASOURCE_USERNAME=scrutineer
export SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD"

# --- two instances, started together on the empty database -------------------------------------------------------
PORT_A="$(free_port 18090)"
PORT_B="$(free_port $((PORT_A + 1)))"
for name in a b; do
    port="$PORT_A"; [[ "$name" == b ]] && port="$PORT_B"
    java -Xmx1g -jar target/scrutineer.jar --server.address=127.0.0.1 --server.port="$port" --scrutineer.demo=true \
        --scrutineer.data-dir="$WORK/data-$name" --scrutineer.public-cache-check-ms=0 >"$WORK/app-$name.log" 2>&1 &
    PIDS+=($!)
done
say "Instances A (127.0.0.1:$PORT_A) and B (127.0.0.1:$PORT_B) starting together on the empty database"
for port in "$PORT_A" "$PORT_B"; do
    for ((i = 0; i < 300; i++)); do
        for pid in "${PIDS[@]}"; do
            kill -0 "$pid" 2>/dev/null || { tail -n 40 "$WORK"/app-*.log >&2; die "an instance stopped during start-up (logs above)"; }
        done
        [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/" || true)" == "200" ]] && break
        sleep 1
    done
done
loaded="$(cat "$WORK"/app-*.log | grep -c 'Halton demo data loaded' || true)"
skipped="$(cat "$WORK"/app-*.log | grep -c 'Database already holds data' || true)"
say "Both instances answer; demo loaded by $loaded, left alone by $skipped"
[[ "$loaded" == 1 && "$skipped" == 1 ]] || die "the demo should be loaded exactly once"

# --- nginx in front of both --------------------------------------------------------------------------------------
NGINX_PORT="$(free_port $((PORT_B + 1)))"
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
USER_LINE=""
[[ "$(id -u)" -eq 0 ]] && USER_LINE="user root;"
cat >"$WORK/nginx/nginx.conf" <<EOF
# Generated by bench/two-instances.sh: two instances, round robin, no sticky sessions.
$USER_LINE
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
    log_format upstream '\$upstream_addr \$request \$status';
    access_log $WORK/nginx/logs/access.log upstream;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    upstream scrutineer { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://scrutineer;
            proxy_set_header Host \$host:\$server_port;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
"$NGINX" -p "$WORK/nginx/" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
LB="http://127.0.0.1:$NGINX_PORT"
for ((i = 0; i < 50; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$LB/" || true)" == "200" ]] && break
    sleep 0.2
done
say "nginx on $LB"

# --- sign in and publish through nginx ---------------------------------------------------------------------------
JAR="$WORK/cookies.txt"
csrf() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1; }
token="$(curl -s -b "$JAR" -c "$JAR" "$LB/sign-in" | csrf)"
[[ -n "$token" ]] || die "no CSRF token on the sign-in page"
answer="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -D "$WORK/sign-in.headers" -b "$JAR" -c "$JAR" \
    --data-urlencode username=officer --data-urlencode password=officer-demo-pass --data-urlencode "_csrf=$token" "$LB/sign-in")"
say "Signed in through nginx (answered by $(sed -n 's/^X-Upstream: *//Ip' "$WORK/sign-in.headers" | tr -d '\r')): $answer"
[[ "$answer" == 302* && "$answer" != *error* ]] || die "sign-in failed: $answer"

versions() { curl -s "http://127.0.0.1:$1/api/reports" | grep -o '"version"' | wc -l | tr -d ' '; }
before_a="$(versions "$PORT_A")"
before_b="$(versions "$PORT_B")"
draft="$(curl -s -b "$JAR" -c "$JAR" -D "$WORK/draft.headers" "$LB/drafts/HSC-PPB/q1-2025-26")"
token="$(printf '%s' "$draft" | csrf)"
[[ -n "$token" ]] || die "the draft page has no publish form (not signed in on that instance?)"
answer="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -D "$WORK/publish.headers" -b "$JAR" -c "$JAR" \
    --data-urlencode "checksReason=Published by bench/two-instances.sh" --data-urlencode "_csrf=$token" \
    "$LB/drafts/HSC-PPB/q1-2025-26/publish")"
by="$(sed -n 's/^X-Upstream: *//Ip' "$WORK/publish.headers" | tr -d '\r')"
say "Published through nginx (answered by $by): $answer"
[[ "$answer" == 302*"/reports/HSC-PPB/q1-2025-26?version="* ]] || die "publishing failed: $answer"

# --- each instance, asked directly at once -----------------------------------------------------------------------
after_a="$(versions "$PORT_A")"
after_b="$(versions "$PORT_B")"
say "Published versions listed by A: $before_a -> $after_a; by B: $before_b -> $after_b"
[[ "$after_a" == $((before_a + 1)) && "$after_b" == $((before_b + 1)) ]] || die "an instance does not show the new version"
for port in "$PORT_A" "$PORT_B"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "http://127.0.0.1:$port/drafts/HSC-PPB/q1-2025-26")"
    say "The session on 127.0.0.1:$port directly: /drafts/HSC-PPB/q1-2025-26 answers $code"
    [[ "$code" == 200 ]] || die "the session made through nginx is not known to 127.0.0.1:$port"
done
say "Requests through nginx, by instance:"
awk '{ print "   ", $0 }' "$WORK/nginx/logs/access.log" >&2
say "All checks passed"
