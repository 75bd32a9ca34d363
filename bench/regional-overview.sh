#!/bin/sh
# Times the regional overview (RegionalOverview.of, a 12-month period, as the coordinator and as a head of operation)
# against its own SQL run directly, on a fresh embedded database in a scratch home (target/regional-bench-home, never
# the user's) with the demo and a generated three-year dataset (2,000,000 flow counts, 100,000 visits, 20,000
# activities, 10,000 meetings). Usage: bench/regional-overview.sh [ROUNDS] [FLOW_COUNTS]   (defaults 30 and 2000000).
# Needs Java 17; builds the classes offline first. KEEP=1 keeps the home of the last run (data already generated, and
# whatever migrations the code now has applied to it) instead of starting from a fresh database.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/regional-bench.cp -Dmdep.includeScope=test
[ "${KEEP:-0}" = 1 ] || rm -rf target/regional-bench-home
rm -rf target/regional-bench-classes
mkdir -p target/regional-bench-home target/regional-bench-classes
# A copy of the classes, so that compiling while the bench runs does not pull them from under it.
cp -r target/classes target/regional-bench-classes/main
cp -r target/test-classes target/regional-bench-classes/test
# application.properties reads CORRIDOR_HOME (default ./data): without it the bench would use, and fill, ./data.
export CORRIDOR_HOME="$PWD/target/regional-bench-home"
uptime
exec java -Xmx512m -Djava.io.tmpdir="$PWD/target" \
    -cp "target/regional-bench-classes/main:target/regional-bench-classes/test:$(cat target/regional-bench.cp)" \
    org.corridor.regional.RegionalOverviewBench target/regional-bench-home "${1:-30}" "${2:-2000000}"
