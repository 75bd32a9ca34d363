#!/bin/sh
# Times the Mission to Serbia's background report drawn from the data and rendered to HTML, PDF and DOCX, against its
# data queries alone, on a fresh embedded database with the demo (and ROWS generated flow counts; 0: the demo only).
# Usage: bench/report-render.sh [ROWS] [RUNS]   (defaults 0 and 50). Needs Java 17; builds the classes offline first.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/report-bench.cp -Dmdep.includeScope=test
rm -rf target/report-bench-home target/report-bench-classes && mkdir -p target/report-bench-home target/report-bench-classes
# A copy of the classes, so that compiling while the bench runs does not pull them from under it.
cp -r target/classes target/report-bench-classes/main
cp -r target/test-classes target/report-bench-classes/test
# application.properties reads CORRIDOR_HOME (default ./data): without it the bench would use, and fill, ./data.
export CORRIDOR_HOME="$PWD/target/report-bench-home"
uptime
exec java -Xmx512m -Djava.io.tmpdir="$PWD/target" -Dpdfbox.fontcache="$PWD/target" \
    -cp "target/report-bench-classes/main:target/report-bench-classes/test:$(cat target/report-bench.cp)" \
    org.corridor.reports.ReportRenderBench "${1:-0}" target/report-bench-home "${2:-50}"
