#!/bin/sh
# The API under load: wrk at 50 connections against /actuator/health (the baseline: same server, no database) and
# each API list, on the demo and, where bench/run.sh has left its million flow counts in target/bench-home, on those.
# Prints for each endpoint req/s, p50, p99, errors and the ratio to health's req/s measured in the same run; each list
# twice: as asked again and again (answered from memory while the data is unchanged: web.KeptListAnswers) and made
# afresh for every request (Cache-Control: no-cache), as after each change.
# Usage: bench/api.sh [SECONDS] (default 15 per endpoint; WARMUP=10 seconds of each endpoint first, and 3 more before
# its own run).
#   JAR=path/to/corridor.jar bench/api.sh   to time another build (default target/corridor.jar, built if missing).
# Loopback only; each server is stopped at the end. Needs curl and wrk (installed with apt-get if missing).
set -e
set -f  # the paths below hold "?": never a file name pattern
cd "$(dirname "$0")/.."
seconds=${1:-15}
warmup=${WARMUP:-10}
connections=50
jar=${JAR:-target/corridor.jar}
if ! command -v wrk > /dev/null 2>&1; then
    apt-get install -y wrk > /dev/null || { echo "wrk is missing and could not be installed (apt-get install wrk)." >&2; exit 2; }
fi
if [ ! -f "$jar" ] || ! unzip -l "$jar" 2>/dev/null | grep -q BOOT-INF/lib; then
    ./mvnw -q -B package -DskipTests
fi
# A copy, so that rebuilding while the bench runs does not pull the jar from under it.
cp "$jar" target/api-bench.jar
port=8091
base="http://127.0.0.1:$port"
server=
stop_server() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi
}
trap stop_server EXIT

# start_server HOME LOG [ARGS...]: starts the jar on that CORRIDOR_HOME and waits until it is healthy.
start_server() {
    home=$1 log=$2; shift 2
    CORRIDOR_HOME="$home" java -Xmx512m -jar target/api-bench.jar --server.port=$port --server.address=127.0.0.1 \
        "$@" > "$log" 2>&1 &
    server=$!
    for i in $(seq 1 300); do
        if curl -sf "$base/actuator/health" > /dev/null 2>&1; then settle; return 0; fi
        kill -0 "$server" 2>/dev/null || { echo "The server stopped; see $log" >&2; exit 1; }
        sleep 1
    done
    echo "The server did not become healthy in 300 s; see $log" >&2
    exit 1
}

# settle: waits (at most 120 s) until the server uses under a tenth of a core for 2 s: a demo's start leaves the
# alert rules and mails running on the new data for a while after the server answers.
settle() {
    tick=$(getconf CLK_TCK)
    for i in $(seq 1 60); do
        before=$(awk '{print $14 + $15}' "/proc/$server/stat")
        sleep 2
        after=$(awk '{print $14 + $15}' "/proc/$server/stat")
        [ $(( (after - before) * 10 )) -lt $(( 2 * tick )) ] && return 0
    done
}

# new_token USER PASSWORD: signs in on the web and creates a personal API token; prints its secret.
new_token() {
    cookies=$(mktemp)
    curl -s -c "$cookies" -b "$cookies" "$base/login" -o "$cookies.html"
    csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$cookies.html" | head -1 | sed 's/.*value="//;s/"//')
    curl -s -c "$cookies" -b "$cookies" -o /dev/null -X POST --data-urlencode "username=$1" \
        --data-urlencode "password=$2" --data-urlencode "_csrf=$csrf" "$base/login"
    curl -s -c "$cookies" -b "$cookies" "$base/account/tokens" -o "$cookies.html"
    csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$cookies.html" | head -1 | sed 's/.*value="//;s/"//')
    curl -s -L -c "$cookies" -b "$cookies" --data-urlencode "name=api bench $(date +%s)" \
        --data-urlencode "_csrf=$csrf" "$base/account/tokens" -o "$cookies.html"
    grep -o 'crd_[A-Za-z0-9_-]*' "$cookies.html" | head -1
    rm -f "$cookies" "$cookies.html"
}

# to_ms VALUE: a wrk latency (e.g. 812.00us, 4.12ms, 1.02s) in milliseconds.
to_ms() {
    echo "$1" | awk '/us$/ {sub(/us$/, ""); printf "%.1f", $0 / 1000; next}
        /ms$/ {sub(/ms$/, ""); printf "%.1f", $0; next} /m$/ {sub(/m$/, ""); printf "%.1f", $0 * 60000; next}
        /s$/ {sub(/s$/, ""); printf "%.1f", $0 * 1000}'
}

# measure PATH [TOKEN [HEADER]]: prints "req/s p50 p99 errors" for one endpoint, after 3 s to warm it up.
measure() {
    url="$base$1"
    # Two headers always (wrk takes no empty one): the token's, or a harmless one for health, and HEADER or another.
    auth="X-Bench: no token"
    [ -n "$2" ] && auth="Authorization: Bearer $2"
    extra=${3:-"X-Bench: plain"}
    wrk -t2 -c$connections -d3s -H "$auth" -H "$extra" "$url" > /dev/null
    out=$(wrk -t2 -c$connections -d${seconds}s --latency -H "$auth" -H "$extra" "$url")
    rps=$(echo "$out" | awk '/^Requests\/sec/ {printf "%.0f", $2}')
    p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
    p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
    non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $NF}')
    sockets=$(echo "$out" | awk '/Socket errors/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}')
    echo "$rps $p50 $p99 $(( ${non2xx:-0} + ${sockets:-0} ))"
}
paths="/api/v1/flow-counts?size=20 /api/v1/activities?size=20 /api/v1/visits?size=20 /api/v1/meetings?size=20
    /api/v1/route-events?size=20 /api/v1/me"

# run_set TITLE TOKEN: the table for one database.
run_set() {
    echo
    echo "$1 ($connections connections, ${seconds} s each, $(nproc) cores shared with wrk; load average $(cut -d' ' -f1-3 /proc/loadavg))"
    # Every endpoint before any is timed, long enough for the JIT compiler to settle (a few seconds left the lists
    # half-compiled: their rate rose by half from one run to the next), so that no figure is of a cold server.
    wrk -t2 -c$connections -d${warmup}s "$base/actuator/health" > /dev/null
    for path in $paths; do
        wrk -t2 -c$connections -d${warmup}s -H "Authorization: Bearer $token" "$base$path" > /dev/null
    done
    printf "%-32s %9s %9s %9s %7s %9s %s\n" endpoint "req/s" "p50 ms" "p99 ms" errors "x health" verdict
    set -- $(measure /actuator/health)
    health=$1
    printf "%-32s %9s %9s %9s %7s %9s\n" /actuator/health "$1" "$2" "$3" "$4" 1.00
    for path in $paths; do
        status=$(curl -s -o /dev/null -w "%{http_code}" -H "Authorization: Bearer $token" "$base$path")
        set -- $(measure "$path" "$token")
        ratio=$(awk "BEGIN {printf \"%.2f\", $1 / ($health > 0 ? $health : 1)}")
        verdict=$(awk "BEGIN {print ($ratio >= 0.5 && $3 < 50 && $4 == 0 && $status == 200) ? \"goal met\" : \"goal missed\"}")
        printf "%-32s %9s %9s %9s %7s %9s %s\n" "$path" "$1" "$2" "$3" "$4" "$ratio" "$verdict (HTTP $status)"
        # The same list made afresh each time (Cache-Control: no-cache passes over the answer kept in memory): what
        # a list costs the first time it is asked after a change.
        case "$path" in /api/v1/me) continue ;; esac
        set -- $(measure "$path" "$token" "Cache-Control: no-cache")
        ratio=$(awk "BEGIN {printf \"%.2f\", $1 / ($health > 0 ? $health : 1)}")
        printf "%-32s %9s %9s %9s %7s %9s %s\n" "  made afresh (no-cache)" "$1" "$2" "$3" "$4" "$ratio"
    done
    # Health again, last: on a shared machine the first figure alone may be an outlier.
    set -- $(measure /actuator/health)
    printf "%-32s %9s %9s %9s %7s %9s %s\n" "/actuator/health (again)" "$1" "$2" "$3" "$4" \
        "$(awk "BEGIN {printf \"%.2f\", $1 / ($health > 0 ? $health : 1)}")" "(ratios above are to the first)"
}

uptime
demo_home="$PWD/target/api-bench-demo"
rm -rf "$demo_home" && mkdir -p "$demo_home"
start_server "$demo_home" target/api-bench-demo.log --spring.profiles.active=demo
token=$(new_token "${DEMO_USER:-coordinator}" corridor-demo)
[ -n "$token" ] || { echo "Could not create an API token on the demo." >&2; exit 1; }
run_set "Demo, as ${DEMO_USER:-coordinator}" "$token"
stop_server

bench_home="$PWD/target/bench-home"
if [ -f "$bench_home/bench-user.txt" ]; then
    start_server "$bench_home" target/api-bench-million.log
    token=$(new_token "$(cat "$bench_home/bench-user.txt")" long-enough-password)
    [ -n "$token" ] || { echo "Could not create an API token on the bench database." >&2; exit 1; }
    run_set "Flow bench database ($(cat "$bench_home/bench-user.txt"), focal point in Skopje)" "$token"
    stop_server
else
    echo
    echo "No flow bench database in target/bench-home: run bench/run.sh first to time the API on a million counts."
fi
echo
uptime
