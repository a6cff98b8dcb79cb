#!/usr/bin/env bash
# Web benchmark: throughput and p99 latency of one public page of Scrutineer, compared with nginx serving the
# very same HTML as a static file (the practical upper bound on this machine).
#
# Usage: bench/web.sh [path] [seconds]
#          path     page to measure (default /meetings/hsc-2025-09-23); must answer 200
#          seconds  length of each measured wrk run (default 15); each target is warmed for 20 s first (JIT warm-up)
#        bench/web.sh --static-only FILE [seconds]
#          no app: serves FILE through the same nginx set-up and measures only that (checks the nginx config,
#          wrk and the parsing of its output)
# Environment: JAVA_OPTS  extra JVM options for the app (default none)
#
# Installs wrk and nginx with apt-get if missing (as root, or through sudo). Builds target/scrutineer.jar if missing,
# starts it on a free loopback port with a fresh temporary data folder (fresh embedded PostgreSQL + demo data), and
# starts nginx as the current user (no root, no system config). Everything is stopped and removed on exit.
# The result is printed as a Markdown block for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=20  # the JVM compiles its hot paths in the first seconds under load; nginx gets the same warm-up
THREADS=2
CONNECTIONS=16

die() { echo "web.sh: $*" >&2; exit 1; }

STATIC_FILE=""
if [[ "${1:-}" == "--static-only" ]]; then
    STATIC_FILE="${2:?--static-only needs a FILE}"
    [[ -f "$STATIC_FILE" ]] || die "no such file: $STATIC_FILE"
    shift 2
    PAGE=""
else
    PAGE="${1:-/meetings/hsc-2025-09-23}"
    [[ "$PAGE" == /* ]] || die "path must start with /: $PAGE"
    [[ $# -gt 0 ]] && shift
fi
SECONDS_RUN="${1:-15}"
[[ "$SECONDS_RUN" =~ ^[0-9]+$ && "$SECONDS_RUN" -gt 0 ]] || die "seconds must be a positive whole number: $SECONDS_RUN"

# --- tools -------------------------------------------------------------------------------------------------------
# nginx lives in /usr/sbin, which is not on a normal user's PATH.
find_nginx() { command -v nginx 2>/dev/null || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || true; }

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[[ -n "$(find_nginx)" ]] || missing+=(nginx)
if ((${#missing[@]})); then
    SUDO=""
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "need ${missing[*]}: not root and no sudo, install them by hand"
        SUDO="sudo"
    fi
    echo "Installing ${missing[*]} ..." >&2
    # A stale package list is the usual reason for a failed install: refresh it once and retry.
    if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2; then
        $SUDO apt-get update -q >&2
        for p in "${missing[@]}"; do
            apt-cache policy "$p" | grep -q 'Candidate: [0-9]' || die "package $p is not available from apt here"
        done
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
    fi
fi
NGINX="$(find_nginx)"
[[ -n "$NGINX" ]] || die "nginx not found after install"
command -v curl >/dev/null 2>&1 || die "curl is needed"

# --- temporary folder and clean-up -------------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/scrutineer-web.XXXXXX")"
APP_PID=""
NGINX_PID=""

stop_pid() {  # stop_pid PID SECONDS: SIGTERM, wait, then SIGKILL
    local pid="$1" wait_s="$2" i
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < wait_s * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    set +e
    [[ -n "$NGINX_PID" ]] && stop_pid "$NGINX_PID" 10
    if [[ -n "$APP_PID" ]]; then
        # SIGTERM lets Spring close the embedded PostgreSQL; give it time before forcing.
        stop_pid "$APP_PID" 60
        # If the app had to be killed, its PostgreSQL may still run: stop that too (postmaster.pid, first line).
        local pm="$WORK/data/postgres/postmaster.pid"
        if [[ -f "$pm" ]]; then
            local pg_pid
            pg_pid="$(head -n 1 "$pm")"
            [[ "$pg_pid" =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null && stop_pid "$pg_pid" 20
        fi
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A port is taken if something accepts a connection on it.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {  # free_port FROM [EXCEPT]
    local p
    for ((p = $1; p < $1 + 200; p++)); do
        [[ "$p" == "${2:-}" ]] && continue
        port_in_use "$p" || { echo "$p"; return 0; }
    done
    die "no free port from $1"
}

# --- the app -----------------------------------------------------------------------------------------------------
CONTENT_TYPE="text/html;charset=UTF-8"
APP_PORT=""
if [[ -z "$STATIC_FILE" ]]; then
    command -v java >/dev/null 2>&1 || die "java is needed"
    if [[ ! -f target/scrutineer.jar ]]; then
        echo "Building target/scrutineer.jar ..." >&2
        ./mvnw -q -B -ntp -DskipTests package >&2
    fi
    APP_PORT="$(free_port 18080)"
    echo "Starting Scrutineer on 127.0.0.1:$APP_PORT (log: $WORK/app.log) ..." >&2
    # Fresh data folder: a new embedded PostgreSQL with the demo data, nothing left from earlier runs.
    # shellcheck disable=SC2086 # JAVA_OPTS is meant to split into several options
    java ${JAVA_OPTS:-} -jar target/scrutineer.jar \
        --server.address=127.0.0.1 --server.port="$APP_PORT" \
        --scrutineer.data-dir="$WORK/data" >"$WORK/app.log" 2>&1 &
    APP_PID=$!

    APP_URL="http://127.0.0.1:$APP_PORT$PAGE"
    code="000"
    for ((i = 0; i < 180; i++)); do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; die "the app stopped during start-up (log above)"; }
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$APP_URL" || true)"
        # the server answers before the demo data has loaded: wait for the page itself
        [[ "$code" == "200" ]] && break
        sleep 1
    done
    [[ "$code" != "000" ]] || { tail -n 40 "$WORK/app.log" >&2; die "the app did not answer within 180 s (log above)"; }

    # Keep the exact bytes and Content-Type the app sends, so nginx serves the same response.
    mkdir -p "$WORK/www"
    read -r code CONTENT_TYPE < <(curl -s -o "$WORK/www/index.html" -w '%{http_code} %{content_type}\n' "$APP_URL")
    case "$code" in
        200) ;;
        401 | 403 | 302) die "GET $PAGE answered HTTP $code, not 200: it asks for a login: not a public page, or not there yet (unknown paths also answer 401). Nothing measured." ;;
        404) die "GET $PAGE answered HTTP 404, not 200: the page does not exist (yet). Nothing measured." ;;
        *) die "GET $PAGE answered HTTP $code, not 200. Nothing measured." ;;
    esac
    [[ -n "$CONTENT_TYPE" ]] || CONTENT_TYPE="text/html;charset=UTF-8"
else
    mkdir -p "$WORK/www"
    cp "$STATIC_FILE" "$WORK/www/index.html"
fi
PAGE_BYTES="$(wc -c <"$WORK/www/index.html" | tr -d ' ')"

# --- nginx as the current user -----------------------------------------------------------------------------------
NGINX_PORT="$(free_port 18081 "$APP_PORT")"
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
# As root, nginx would hand the workers to "nobody", who cannot read the private temp folder: keep them as root.
USER_LINE=""
[[ "$(id -u)" -eq 0 ]] && USER_LINE="user root;"
cat >"$WORK/nginx/nginx.conf" <<EOF
# Generated by bench/web.sh: foreground, everything inside $WORK/nginx.
$USER_LINE
daemon off;
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    # No MIME table: every answer carries the app's own Content-Type, byte for byte.
    types { }
    default_type "$CONTENT_TYPE";
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        # Any URI gets the saved page.
        location / { try_files /index.html =404; }
    }
}
EOF
# -e: the start-up error log, before the config is read (the default /var/log/nginx is not writable by users).
"$NGINX" -p "$WORK/nginx/" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf" -t -q \
    || die "nginx rejected the generated config ($WORK/nginx/nginx.conf)"
"$NGINX" -p "$WORK/nginx/" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT${PAGE:-/}"
for ((i = 0; i < 50; i++)); do
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/logs/error.log" >&2; die "nginx stopped (log above)"; }
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL" || true)" == "200" ]] && break
    sleep 0.2
done
curl -s -o "$WORK/nginx-copy.html" "$NGINX_URL" || die "nginx does not answer on $NGINX_URL"
cmp -s "$WORK/nginx-copy.html" "$WORK/www/index.html" || die "nginx does not serve the saved page unchanged"

# --- measure -----------------------------------------------------------------------------------------------------
# to_ms VALUE-WITH-UNIT: wrk prints latencies as 850.00us, 1.23ms, 1.02s or 1.50m.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; else if (u == "h") n *= 3600000
        printf "%.2f", n }'
}
# bench NAME URL: warm-up run, then the measured run; sets <NAME>_RPS, <NAME>_P99 (ms), <NAME>_NOTE.
bench() {
    local name="$1" url="$2" out rps p99 note=""
    echo "Warming $name ($url, ${WARMUP}s) ..." >&2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >/dev/null
    echo "Measuring $name (${SECONDS_RUN}s) ..." >&2
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency "$url")"
    printf '%s\n' "$out" >"$WORK/wrk-$name.txt"
    printf '%s\n' "$out" | sed 's/^/    /' >&2
    rps="$(printf '%s\n' "$out" | awk '/^Requests\/sec:/ { print $2 }')"
    p99="$(printf '%s\n' "$out" | awk '$1 == "99%" { print $2 }')"
    [[ -n "$rps" && -n "$p99" ]] || die "could not read Requests/sec or the 99% latency from wrk's output for $name"
    # Errors make the numbers meaningless (fast 4xx/5xx or failing sockets): say so next to them.
    local bad errs
    bad="$(printf '%s\n' "$out" | awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }')"
    errs="$(printf '%s\n' "$out" | sed -n 's/^ *Socket errors: *//p')"
    [[ -n "$bad" ]] && note="**$bad non-2xx/3xx answers**"
    [[ -n "$errs" ]] && note="${note:+$note; }socket errors: $errs"
    printf -v "${name}_RPS" '%s' "$rps"
    printf -v "${name}_P99" '%s' "$(to_ms "$p99")"
    printf -v "${name}_NOTE" '%s' "$note"
}
# Thousands separators without relying on the locale.
commas() { awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }'; }

if [[ -z "$STATIC_FILE" ]]; then
    bench APP "$APP_URL"
fi
bench NGINX "$NGINX_URL"

# --- report ------------------------------------------------------------------------------------------------------
WRK_VERSION="$( (wrk --version 2>&1 || true) | awk 'NR == 1 { sub(/^debian\//, "", $2); print $2 }')"
NGINX_VERSION="$("$NGINX" -v 2>&1 | sed -n 's|.*nginx/||p')"
CPU="$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo 2>/dev/null | sed -n 1p)"
MEM="$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)"
JAVA_LINE="$( (java -version 2>&1 || echo "no java") | sed -n 1p)"
CMD="wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_RUN}s --latency, after a ${WARMUP} s warm-up (same settings) of each target"

echo
if [[ -n "$STATIC_FILE" ]]; then
    echo "## Web: static file only (check run, no app; $(date -u '+%Y-%m-%d %H:%M') UTC)"
else
    echo "## Web: public page against nginx (run of $(date -u '+%Y-%m-%d %H:%M') UTC)"
fi
echo
echo "Machine: $(nproc) cores${CPU:+ ($CPU)}${MEM:+, $MEM}; $JAVA_LINE; wrk $WRK_VERSION; nginx $NGINX_VERSION; $(uname -sr)."
if [[ -n "$STATIC_FILE" ]]; then WHO="nginx and wrk"; else WHO="App, nginx and wrk"; fi
echo "$WHO all ran on this same $(nproc)-core machine over loopback, so they competed for the CPU:"
echo "the numbers compare the two servers under identical conditions, not their best on dedicated hardware."
echo "Command: \`$CMD\`."
echo
echo "| what | requests/s | p99 | notes |"
echo "|---|---|---|---|"
if [[ -n "$STATIC_FILE" ]]; then
    echo "| nginx $NGINX_VERSION, \`$(basename "$STATIC_FILE")\` ($(commas "$PAGE_BYTES") bytes) as a static file | $(commas "$NGINX_RPS") | ${NGINX_P99} ms | ${NGINX_NOTE} |"
else
    RATIO="$(awk -v a="$APP_RPS" -v n="$NGINX_RPS" 'BEGIN { printf "%.1f", (n > 0 ? 100 * a / n : 0) }')"
    if awk -v r="$RATIO" 'BEGIN { exit !(r >= 30) }'; then T_GOAL="met"; else T_GOAL="not met"; fi
    if awk -v p="$APP_P99" 'BEGIN { exit !(p < 50) }'; then L_GOAL="met"; else L_GOAL="not met"; fi
    [[ -n "$APP_NOTE" ]] && T_GOAL="$T_GOAL (but see the errors)" && L_GOAL="$L_GOAL (but see the errors)"
    echo "| Scrutineer \`GET $PAGE\` ($(commas "$PAGE_BYTES") bytes, $CONTENT_TYPE) | $(commas "$APP_RPS") | ${APP_P99} ms | ${APP_NOTE} |"
    echo "| nginx $NGINX_VERSION, the same HTML saved as a static file | $(commas "$NGINX_RPS") | ${NGINX_P99} ms | ${NGINX_NOTE} |"
    echo "| Ratio app / nginx throughput | **${RATIO} %** | | **Goal ≥ 30 %: ${T_GOAL}.** |"
    echo "| App p99 latency | | **${APP_P99} ms** | **Goal < 50 ms: ${L_GOAL}.** |"
fi
