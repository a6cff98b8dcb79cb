#!/usr/bin/env bash
# Runs the benchmarks (report PDF; 1,000,000-row import against PostgreSQL COPY) on the embedded PostgreSQL.
# Usage: bench/run.sh [rows] [runs]     all benchmarks (default 1,000,000 rows, 3 runs)
#        bench/run.sh finance            the spending report (check and render) and the agenda pack
#        bench/run.sh pack               only the agenda pack (336 pages from 40 papers)
#        bench/web.sh                    the public meeting page against nginx, with wrk
# Results are printed as Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.scrutineer.bench.Benchmarks "$@"
