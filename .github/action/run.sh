#!/usr/bin/env bash
# Runs `jobpost-lint check` for the GitHub Action: annotations on stdout, the job summary (written by the
# tool when GITHUB_STEP_SUMMARY is set), a SARIF file, and the outputs findings= and sarif-file= in GITHUB_OUTPUT.
# On a pull request (GITHUB_BASE_REF set) with changed-only, only files changed against the base branch are checked.
# Inputs come as INPUT_* variables; the exit code is that of `check` (0 clean, 1 findings, 2 error).
set -uo pipefail

jar="${JOBPOST_LINT_JAR:?JOBPOST_LINT_JAR must name the jobpost-lint jar}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
format="${INPUT_FORMAT:-github}"
fail_on="${INPUT_FAIL_ON:-}"
config="${INPUT_CONFIG:-}"
sarif="${INPUT_SARIF_FILE:-}"
changed_only="${INPUT_CHANGED_ONLY:-true}"
baseline="${INPUT_BASELINE:-}"
output="${GITHUB_OUTPUT:-/dev/null}"

args=(check --format "$format")
[[ -n "$fail_on" ]] && args+=(--fail-on "$fail_on")
[[ -n "$config" ]] && args+=(--config "$config")
[[ -n "$baseline" ]] && args+=(--baseline "$baseline")
if [[ -z "$sarif" ]]; then
  sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/jobpost-lint-$$.sarif"
fi
args+=(--sarif-file "$sarif")

if [[ "$changed_only" == "auto" ]]; then
  if [[ -n "${GITHUB_BASE_REF:-}" ]]; then changed_only=true; else changed_only=false; fi
fi
if [[ "$changed_only" == "true" ]]; then
  if [[ -z "${GITHUB_BASE_REF:-}" ]]; then
    echo "jobpost-lint: not a pull request (no GITHUB_BASE_REF): checking all files" >&2
  else
    base=""
    for candidate in "origin/${GITHUB_BASE_REF}" "${GITHUB_BASE_REF}"; do
      if git rev-parse --verify --quiet "${candidate}^{commit}" >/dev/null; then
        base="$candidate"
        break
      fi
    done
    if [[ -z "$base" ]]; then
      echo "::warning title=jobpost-lint::base branch ${GITHUB_BASE_REF} is not in the checkout (use actions/checkout with fetch-depth: 0); checking all files"
    else
      args+=(--changed-since "$base")
    fi
  fi
fi

# paths: separated by spaces or new lines
read -r -d '' -a paths <<< "${INPUT_PATHS:-.}"
[[ ${#paths[@]} -eq 0 ]] && paths=(.)

# The JVM flags of the `jobpost-lint` launcher, where each is explained: C1 only and the serial collector
# with a small young generation are faster and leaner for a check.
jvm_flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -Xms64m)

rm -f "$sarif"
"$java" "${jvm_flags[@]}" -jar "$jar" "${args[@]}" -- "${paths[@]}"
code=$?

findings=0
if [[ -f "$sarif" ]]; then
  findings="$(grep -cE '^[[:space:]]*"ruleId": ' "$sarif" || true)"
fi
{
  echo "findings=${findings}"
  echo "sarif-file=${sarif}"
  echo "exit-code=${code}"
} >> "$output"
exit "$code"
