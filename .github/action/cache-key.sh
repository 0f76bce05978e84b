#!/usr/bin/env bash
# Prints the cache key of the jobpost-lint jar: the requested version plus a hash of the action's own sources, so a
# new release (or a changed checkout of the action) builds once and every later run reuses the cached jar.
# hashFiles() cannot read outside the workspace, hence this script. Writes key=... to $GITHUB_OUTPUT.
set -euo pipefail
root="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
hash="$( { sha256sum pom.xml; find src/main rules -type f -print0 | sort -z | xargs -0 sha256sum; } \
  | sha256sum | cut -c1-16)"
key="jobpost-lint-${RUNNER_OS:-$(uname -s)}-${INPUT_VERSION:-source}-${hash}"
echo "key=${key}" >> "${GITHUB_OUTPUT:-/dev/stdout}"
