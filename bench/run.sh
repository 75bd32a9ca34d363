#!/bin/sh
# Times our flow import against PostgreSQL COPY of the same generated file, heap capped at 512 MB.
# Usage: bench/run.sh [ROWS]   (default 1000000). Needs Java 17; builds the classes offline first.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=runtime
rm -rf target/bench-home target/bench-classes && mkdir -p target/bench-home
# A copy of the classes, so that compiling while the bench runs does not pull them from under it.
cp -r target/classes target/bench-classes
# application.properties reads CORRIDOR_HOME (default ./data): without it the bench would use, and fill, ./data.
export CORRIDOR_HOME="$PWD/target/bench-home"
uptime
exec java -Xmx512m -cp "target/bench-classes:$(cat target/bench.cp)" bench/FlowImportBench.java "${1:-1000000}" target/bench-home
