#!/usr/bin/env bash
# Runs the JMH benchmarks of the in-process stages (bench/src/java); arguments go to JMH, e.g.
#   bench/jmh.sh                       # everything: extract, lintFast, lintNaive for md, html, docx, pdf
#   bench/jmh.sh 'lintFast' -p format=MD
set -euo pipefail
root="$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -Pbench test-compile >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'dev.jobpostlint.bench.LintBenchmark' "$@"
