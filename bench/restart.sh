#!/usr/bin/env bash
# Start and restart time: java -jar target/corridor.jar on one data directory, seconds until /actuator/health
# answers 200. Measures, in one run: a bare JVM start of the same jar (`--help`, the floor: JVM and class loading
# only), the first start with the demo (empty directory: database created, migrated, demo loaded), then RESTARTS
# restarts of the same data, and prints each with its ratio to the floor and the start-up line of its log.
#
#   bench/restart.sh [RESTARTS] [JAVA_OPTS...]     (default 3; build first: ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
restarts=${1:-3}
shift || true
jar=target/corridor.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q -DskipTests package" >&2; exit 2; }
home=target/bench-restart-home
rm -rf "$home"
mkdir -p "$home"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
now() { date +%s.%N; }

floor_start=$(now)
java "$@" -jar "$jar" --help >/dev/null
floor=$(echo "$(now) - $floor_start" | bc)
printf 'JVM floor (java -jar corridor.jar --help): %.1f s\n' "$floor"

start() { # label, extra args
  local label=$1; shift
  local log="$home/$label.log"
  local begin; begin=$(now)
  CORRIDOR_HOME="$home/data" java "$@" -jar "$jar" --server.port="$port" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited; see $log" >&2; exit 1; }
    sleep 0.1
  done
  local took; took=$(echo "$(now) - $begin" | bc)
  printf '%-10s %5.1f s to health 200 (%.1fx the JVM floor)\n' "$label" "$took" "$(echo "$took / $floor" | bc -l)"
  grep -o 'Start-up took.*' "$log" | sed 's/^/           /' || true
  kill "$pid"; wait "$pid" || true
}

start first "$@" --spring.profiles.active=demo
for i in $(seq 1 "$restarts"); do
  start "restart-$i" "$@" --spring.profiles.active=demo
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
