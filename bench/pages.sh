#!/bin/sh
# Times the flows pages on the million counts that bench/run.sh leaves in target/bench-home, against the sign-in
# page (same server, same stack, no data) as the baseline, each asked 20 times in a row once warmed up.
# Usage: bench/run.sh && bench/pages.sh      Needs curl; loopback only.
set -e
cd "$(dirname "$0")/.."
home="$PWD/target/bench-home"
if [ ! -f "$home/bench-user.txt" ] || [ ! -f target/bench.cp ]; then
    echo "No bench database: run bench/run.sh first." >&2
    exit 2
fi
user=$(cat "$home/bench-user.txt")
port=8089
base="http://127.0.0.1:$port"
CORRIDOR_HOME="$home" java -Xmx512m -cp "target/bench-classes:$(cat target/bench.cp)" org.corridor.cli.CorridorMain \
    --server.port=$port --server.address=127.0.0.1 > target/bench-pages-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for i in $(seq 1 120); do
    curl -sf "$base/actuator/health" > /dev/null 2>&1 && break
    sleep 1
done
jar=$(mktemp)
curl -s -c "$jar" -b "$jar" "$base/login" -o "$jar.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$jar.html" | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -X POST --data-urlencode "username=$user" \
    --data-urlencode "password=long-enough-password" --data-urlencode "_csrf=$csrf" "$base/login"

# Median and slowest of 20 requests, in milliseconds, after 3 to warm up.
time_page() {
    for i in 1 2 3; do curl -s -b "$jar" -o /dev/null "$base$1"; done
    for i in $(seq 1 20); do curl -s -b "$jar" -o /dev/null -w "%{time_total}\n" "$base$1"; done \
        | sort -n | awk '{t[NR] = $1 * 1000} END {printf "%.0f %.0f\n", t[int((NR + 1) / 2)], t[NR]}'
}
set -- $(time_page /login)
baseline=$1
printf "%-44s %8s %8s %8s\n" "page (1,000,000 flow counts)" "median" "slowest" "x login"
printf "%-44s %6s ms %6s ms %8s\n" "/login (baseline)" "$1" "$2" "1.0"
for page in /flows "/flows?page=150" "/flows?from=2015-06-01&to=2015-06-30" /flows/chart \
        "/flows/map?from=2015-12-01&to=2015-12-31" "/flows.geojson?from=2015-12-01&to=2015-12-31" /flows/import; do
    set -- $(time_page "$page")
    printf "%-44s %6s ms %6s ms %8s\n" "$page" "$1" "$2" "$(awk "BEGIN {printf \"%.1f\", $1 / ($baseline > 0 ? $baseline : 1)}")"
done
start=$(date +%s.%N)
curl -s -b "$jar" -o target/bench-flows.csv "$base/flows.csv"
end=$(date +%s.%N)
echo "/flows.csv: $(wc -l < target/bench-flows.csv) lines, $(du -m target/bench-flows.csv | cut -f1) MB in $(awk "BEGIN {printf \"%.1f\", $end - $start}") s"
rm -f "$jar" "$jar.html" target/bench-flows.csv
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
