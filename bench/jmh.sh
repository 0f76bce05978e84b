#!/usr/bin/env bash
# Runs the JMH benchmarks of the in-process stages (bench/src/java); arguments go to JMH, e.g.
#   bench/jmh.sh                       # everything: extract, lintFast, lintNaive for md, html, docx, pdf
#   bench/jmh.sh lintFast -p format=MD  # one benchmark (a regex after LintBenchmark.), Markdown only
set -euo pipefail
root="$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -Pbench test-compile >&2
include='dev.jobpostlint.bench.LintBenchmark'
if [[ $# -gt 0 && "$1" != -* ]]; then
  include="dev.jobpostlint.bench.LintBenchmark.$1"
  shift
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  "$include" "$@"
