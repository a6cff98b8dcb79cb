#!/usr/bin/env bash
# Runs the benchmarks (report PDF; 1,000,000-row import against PostgreSQL COPY) on the embedded PostgreSQL.
# Usage: bench/run.sh [rows] [runs]     all benchmarks (default 1,000,000 rows, 3 runs)
#        bench/run.sh finance            only the spending report (check and render)
# Results are printed as Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.scrutineer.bench.Benchmarks "$@"
