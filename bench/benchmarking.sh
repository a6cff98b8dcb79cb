#!/usr/bin/env bash
# Benchmarking (issue 14): the 1,000,000-row Fingertips import against PostgreSQL COPY of the same file into a keyed
# table, and the recompute of 150 areas × 100 indicators × 10 years. Usage: bench/benchmarking.sh [runs] [import|recompute|both]
# Results are printed as Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.scrutineer.bench.BenchmarkingBench "$@"
