#!/usr/bin/env bash
# Builds the jobpost-lint jar from the action's own checkout unless the cache restored it, checks that it is the
# requested version, and writes jar=PATH to $GITHUB_OUTPUT. Only the Maven build reaches the network.
set -euo pipefail
root="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/target/jobpost-lint.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -f "$jar" ]]; then
  echo "::group::Building jobpost-lint"
  (cd "$root" && ./mvnw -q -B -DskipTests package)
  echo "::endgroup::"
fi
actual="$("$java" -jar "$jar" --version | awk '{print $2}')"
wanted="${INPUT_VERSION:-}"
wanted="${wanted#v}"
if [[ -n "$wanted" && "$wanted" != "$actual" ]]; then
  echo "::error title=jobpost-lint::version ${wanted} was requested, but this action is version ${actual}; use jobpost-lint/jobpost-lint@v${wanted}"
  exit 2
fi
echo "jar=${jar}" >> "${GITHUB_OUTPUT:-/dev/stdout}"
echo "version=${actual}" >> "${GITHUB_OUTPUT:-/dev/stdout}"
