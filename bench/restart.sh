#!/usr/bin/env bash
# Start and restart time: java -jar JAR on one data directory (embedded PostgreSQL, the demo), measured until
# /actuator/health answers 200: wall-clock seconds and the server JVM's CPU seconds (user + system; on a shared,
# loaded machine the CPU seconds move much less than the wall clock). In one run it measures the floor, a bare JVM
# start of the same jar (`--help`: JVM and class loading only), then, unless the data directory exists already, a
# first start that loads the demo, then RESTARTS restarts of the same data with each JAR in turn, and prints each
# with its ratio to the floor and the start-up line of its log (which phases took how long).
#
# A JAR written `launcher:JAR` is started through bin/corridor (unpacked, with the class data archive that its first
# server run writes when it stops): `bench/restart.sh 3 target/corridor.jar launcher:target/corridor.jar` compares
# the two ways of starting the same build, alternated. A JAR written `aot:JAR` is started as `java
# -Dspring.aot.enabled=true -jar JAR`: the beans of Spring's ahead-of-time processing alone, without the launcher's
# unpacked jar and class data archive.
#
#   bench/restart.sh [RESTARTS] [JAR...]     (default 3 and target/corridor.jar; build: ./mvnw -q -DskipTests package)
#   e.g. compare two builds: bench/restart.sh 3 /tmp/corridor-before.jar target/corridor.jar
set -euo pipefail
cd "$(dirname "$0")/.."
restarts=${1:-3}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/corridor.jar)
for jar in "${jars[@]}"; do
  jar=${jar#launcher:}
  jar=${jar#aot:}
  [ -f "$jar" ] || { echo "No $jar: build it first with ./mvnw -q -DskipTests package" >&2; exit 2; }
done
home=target/bench-restart-home
mkdir -p "$home"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
tick=$(getconf CLK_TCK)
now() { date +%s.%N; }
cpu() { awk -v t="$tick" '{printf "%.1f", ($14 + $15) / t}' "/proc/$1/stat"; }
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

begin=$(now)
plain=${jars[0]#launcher:}
plain=${plain#aot:}
java -jar "$plain" --help >/dev/null
floor=$(echo "$(now) - $begin" | bc)
printf 'floor: java -jar %s --help took %.1f s\n' "$plain" "$floor"

# bin/corridor keeps the unpacked copy and archive of one build in CORRIDOR_HOME/app: each jar started through it gets
# a home of its own whose every other entry is a link to the one data directory, so that all restart the same data.
launcher_home() { # index
  local own="$home/launcher-$1" entry
  mkdir -p "$own"
  for entry in "$home/data"/*; do
    [ "$(basename "$entry")" = app ] || [ -e "$own/$(basename "$entry")" ] || ln -s "$(realpath "$entry")" "$own/"
  done
  echo "$own"
}

start() { # label, jar, CORRIDOR_HOME
  local label=$1 jar=$2 data=${3:-$home/data}
  local log="$home/$label.log"
  local begin; begin=$(now)
  local run=(java -jar "$jar")
  [[ "$jar" != launcher:* ]] || run=(bin/corridor "${jar#launcher:}")
  [[ "$jar" != aot:* ]] || run=(java -Dspring.aot.enabled=true -jar "${jar#aot:}")
  CORRIDOR_HOME="$data" "${run[@]}" --server.port="$port" --spring.profiles.active=demo >"$log" 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited; see $log" >&2; exit 1; }
    sleep 0.1
  done
  local took; took=$(echo "$(now) - $begin" | bc)
  printf '%-22s %-28s %6.1f s to health 200 (%4.1fx the floor), JVM CPU %5.1f s\n' "$label" "$jar" "$took" \
    "$(echo "$took / $floor" | bc -l)" "$(cpu "$pid")"
  grep -o 'Start-up took.*' "$log" | sed 's/^/    /' || true
  kill "$pid"; wait "$pid" || true
}

# The first start loads the demo, with java -jar (a launcher's first run is its restart 1: it unpacks the jar and
# writes the archive at exit).
[ -d "$home/data/postgres" ] || start first "$plain"
for i in $(seq 1 "$restarts"); do
  for j in "${!jars[@]}"; do
    data=$home/data
    [[ "${jars[$j]}" != launcher:* ]] || data=$(launcher_home $((j + 1)))
    start "restart-$i-jar-$((j + 1))" "${jars[$j]}" "$data"
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
