#!/usr/bin/env bash
# Times jobpost-lint side by side with other prose linters (alex, write-good, Joblint, LanguageTool) in one run
# over the same seeded Markdown corpus, and prints a Markdown table. Installs the other tools into
# target/compare-tools/ on first use. See bench/README.md.
set -euo pipefail

n=1000 seed=42 reps=3 lt_files=100 lt_reps=1
alex_spec=alex@11.0.1 write_good_spec=write-good@1.0.8 joblint_spec=joblint lt_version=6.8
usage() {
  echo "usage: bench/compare.sh [--n N] [--seed S] [--reps R] [--lt-files N|all] [--lt-reps R]"
  echo "                        [--alex SPEC] [--write-good SPEC] [--joblint SPEC] [--languagetool VERSION]"
  echo "  defaults: --n 1000 --seed 42 --reps 3 --lt-files 100 --lt-reps 1 (--lt-files 0: skip LanguageTool)"
  echo "            --alex $alex_spec --write-good $write_good_spec --joblint $joblint_spec --languagetool $lt_version"
  echo "  SPEC is what npm install takes: name@version, a tarball or a folder"
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --n) n="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --lt-files) lt_files="$2"; shift 2 ;;
    --lt-reps) lt_reps="$2"; shift 2 ;;
    --alex) alex_spec="$2"; shift 2 ;;
    --write-good) write_good_spec="$2"; shift 2 ;;
    --joblint) joblint_spec="$2"; shift 2 ;;
    --languagetool) lt_version="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/compare.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$lt_files" == all || "$lt_files" -gt "$n" ]] && lt_files="$n"
(( lt_reps > reps )) && lt_reps="$reps"

root="$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_need_time bench/compare.sh
tools="target/compare-tools"
mkdir -p "$tools"

declare -A missing=()   # tool -> why it is not available
declare -A version=()   # tool -> version that ran

# --- installing the other tools (kept in target/compare-tools/, never committed)

# The reason an install log gives, in one line, without addresses.
reason_of() { # log
  local r
  r="$(grep -E '^(npm (error|ERR!)|\[ERROR\])' "$1" | grep -vE 'A complete log|^npm (error|ERR!) code|Help 1|^\[ERROR\] *$' \
    | sed -E 's/^(npm (error|ERR!)|\[ERROR\]) *//; s#https?://[^ )]*##g; s/ - (GET|PUT) *$//; s/ +/ /g' | head -n 1)"
  echo "${r:-see $1}"
}

npm_tool() { # tool spec module: installs spec into $tools/tool unless the same spec is there
  local tool="$1" spec="$2" module="$3" dir="$tools/$1" log="$tools/$1.log"
  if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    missing[$tool]="node and npm not found"; return
  fi
  if [[ "$(cat "$dir/.spec" 2>/dev/null)" != "$spec" || ! -f "$dir/node_modules/$module/package.json" ]]; then
    echo "== installing $spec (npm)" >&2
    rm -rf "$dir" && mkdir -p "$dir"
    if ! npm install --prefix "$dir" --no-audit --no-fund --save-exact "$spec" >"$log" 2>&1; then
      missing[$tool]="npm install $spec: $(reason_of "$log")"; return
    fi
    echo "$spec" > "$dir/.spec"
  fi
  if ! version[$tool]="$(node -p 'require(process.argv[1]).version' "$root/$dir/node_modules/$module/package.json")"; then
    missing[$tool]="$module does not load"
  fi
}

languagetool() { # installs LanguageTool's command line with the German and English modules from Maven Central
  local dir="$tools/languagetool" log="$tools/languagetool.log"
  if [[ ! -f "$dir/lib/languagetool-commandline-$lt_version.jar" ]]; then
    echo "== installing LanguageTool $lt_version (Maven)" >&2
    rm -rf "$dir" && mkdir -p "$dir"
    cat > "$dir/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.bench</groupId><artifactId>languagetool-tools</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.languagetool</groupId><artifactId>languagetool-commandline</artifactId><version>$lt_version</version>
      <exclusions><exclusion><groupId>org.languagetool</groupId><artifactId>language-all</artifactId></exclusion></exclusions>
    </dependency>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-de</artifactId><version>$lt_version</version></dependency>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-en</artifactId><version>$lt_version</version></dependency>
  </dependencies>
</project>
EOF
    if ! ./mvnw -q -B -f "$dir/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      "-DoutputDirectory=$root/$dir/lib" >"$log" 2>&1; then
      missing[languagetool]="Maven: $(reason_of "$log")"; rm -rf "${dir:?}/lib"; return
    fi
  fi
  if ! version[languagetool]="$(java -cp "$dir/lib/*" org.languagetool.commandline.Main --version 2>/dev/null \
    | grep -oE '[0-9]+\.[0-9]+(\.[0-9]+)?' | head -n 1)" || [[ -z "${version[languagetool]}" ]]; then
    missing[languagetool]="LanguageTool $lt_version does not start"
  fi
}

bench_build
npm_tool alex "$alex_spec" alex
npm_tool write-good "$write_good_spec" write-good
npm_tool joblint "$joblint_spec" joblint
if (( lt_files > 0 )); then languagetool; else missing[languagetool]="skipped (--lt-files 0)"; fi

# --- the corpus, and what each tool runs

md="$(generate md "$n")"
one="$(sample "$md" 1)"
lt_dir="$md"; (( lt_files > 0 && lt_files < n )) && lt_dir="$(sample "$md" "$lt_files")"

# A copy of dir split by language (dir/de, dir/en), as LanguageTool is told the language.
by_language() { # dir
  local out="$1-by-language"
  if [[ ! -d "$out" ]]; then
    mkdir -p "$out/de" "$out/en"
    find "$1" -type f -name 'de-*' -exec cp {} "$out/de/" \;
    find "$1" -type f -name 'en-*' -exec cp {} "$out/en/" \;
  fi
  echo "$out"
}

cmd_for() { # tool dir: sets the array cmd to the command that checks every posting in dir
  case "$1" in
    jobpost-lint) cmd=(./jobpost-lint check -q --fail-on never "$2") ;;
    alex) cmd=("$tools/alex/node_modules/.bin/alex" "$2") ;;
    write-good) cmd=("$tools/write-good/node_modules/.bin/write-good" "$2"/*) ;;
    joblint) cmd=(node bench/joblint-all.js "$tools/joblint/node_modules/joblint" "$2") ;;
    languagetool) cmd=(bench/languagetool-by-language.sh "$tools/languagetool/lib" "$(by_language "$2")") ;;
  esac
}
ok_status() { # tool status: whether the exit status means the tool ran through
  case "$1" in
    alex) (( $2 <= 1 )) ;;   # 1: warnings
    write-good) true ;;      # the number of suggestions
    *) (( $2 == 0 )) ;;
  esac
}

all=(jobpost-lint alex write-good joblint languagetool)
declare -A label=([jobpost-lint]="jobpost-lint" [alex]="alex" [write-good]="write-good"
  [joblint]="Joblint (rules in one node process)" [languagetool]="LanguageTool (de-DE/en-US)")
declare -A dir_of=() files=() walls=() cpus=() rss=() status=() cold_walls=() cold_cpus=() cold_rss=()
for t in "${all[@]}"; do
  [[ -n "${missing[$t]:-}" ]] && continue
  dir_of[$t]="$md"; [[ "$t" == languagetool ]] && dir_of[$t]="$lt_dir"
  files[$t]="$(find "${dir_of[$t]}" -type f | wc -l)"
done

# warm-up, not timed: the launcher writes its class data archive on its first run after a build
./jobpost-lint check -q --fail-on never "$one" >/dev/null 2>&1 || true

echo
echo "## Side by side: $n Markdown postings (seed $seed)"
echo
echo "- Date: $(date -u +%Y-%m-%d)"
machine
echo "- Node: $(node --version 2>/dev/null || echo none), npm $(npm --version 2>/dev/null || echo none)"
echo "- jobpost-lint: commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src rules 2>/dev/null || echo ' (with local changes)')"
echo "- Load average before: $(load_average)"

# Runs tool over dir once; adds wall and CPU s to the maps named walls and cpus, keeps the peak RSS in the one named rss.
once() { # tool dir walls cpus rss
  local t="$1" w c m s
  local -n ws="$3" cs="$4" ms="$5"
  cmd_for "$t" "$2"
  read -r w c m s <<<"$(measure 1 "${cmd[@]}")"
  ws["$t"]+="$w "; cs["$t"]+="$c "
  (( m > ${ms["$t"]:-0} )) && ms["$t"]=$m
  (( s > ${status[$t]:-0} )) && status[$t]=$s
  return 0
}

# Rounds: in each, every tool runs once over its folder and once on one file from a cold start, so that a change
# of load on the machine falls on all tools alike. LanguageTool's folder run only in the first lt_reps rounds.
for ((round = 1; round <= reps; round++)); do
  for t in "${all[@]}"; do
    [[ -n "${missing[$t]:-}" ]] && continue
    if [[ "$t" != languagetool ]] || (( round <= lt_reps )); then
      echo "== round $round/$reps: $t over ${files[$t]} files" >&2
      once "$t" "${dir_of[$t]}" walls cpus rss
    fi
    echo "== round $round/$reps: $t on one file, cold" >&2
    once "$t" "$one" cold_walls cold_cpus cold_rss
  done
done

med() { tr ' ' '\n' <<<"$1" | grep . | median; }
declare -A rate=() cold=()
[[ -z "${missing[alex]:-}" ]] && alex_rate="$(awk -v n="${files[alex]}" -v w="$(med "${walls[alex]}")" 'BEGIN {print n / w}')" \
  && alex_cold="$(med "${cold_walls[alex]}")"

echo
echo "| tool | version | files | wall s | CPU s | postings/s | RSS MB | cold: 1 file s | cold CPU s | cold RSS MB | postings/s vs alex | cold vs alex |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for t in "${all[@]}"; do
  if [[ -n "${missing[$t]:-}" ]]; then
    echo "| ${label[$t]} | not available: ${missing[$t]} | | | | | | | | | | |"
    continue
  fi
  v="${version[$t]:-$(git rev-parse --short HEAD 2>/dev/null)}"
  w="$(med "${walls[$t]}")" c="$(med "${cpus[$t]}")" cold[$t]="$(med "${cold_walls[$t]}")"
  rate[$t]="$(awk -v n="${files[$t]}" -v w="$w" 'BEGIN {print n / w}')"
  f="${files[$t]}"; [[ "$t" == languagetool && "$lt_files" -lt "$n" ]] && f="$f of $n"
  note=""; ok_status "$t" "${status[$t]:-0}" || note=" (exit ${status[$t]}: did not run through)"
  awk -v l="${label[$t]}$note" -v v="$v" -v f="$f" -v w="$w" -v c="$c" -v r="${rate[$t]}" -v m="${rss[$t]}" \
    -v cw="${cold[$t]}" -v cc="$(med "${cold_cpus[$t]}")" -v cm="${cold_rss[$t]}" \
    -v ar="${alex_rate:-}" -v ac="${alex_cold:-}" 'BEGIN {
      rate = sprintf((r < 10) ? "%.2f" : "%.0f", r);
      xr = (ar != "") ? sprintf("%.2f ×", r / ar) : "-"; xc = (ac != "") ? sprintf("%.2f ×", cw / ac) : "-";
      printf "| %s | %s | %s | %.2f | %.2f | %s | %d | %.2f | %.2f | %d | %s | %s |\n", l, v, f, w, c, rate, m, cw, cc, cm, xr, xc }'
done

echo
echo "Wall and CPU (user + sys, child processes included) are medians of $reps runs over the folder (LanguageTool:" \
  "$lt_reps), \"cold 1 file\" the median of $reps runs on the first posting alone, each in a new process;" \
  "RSS is the highest peak. Rounds alternate the tools. alex and write-good are English-only but were given" \
  "every posting; LanguageTool gets the German postings as de-DE and the English ones as en-US, one JVM each."
if [[ -z "${missing[languagetool]:-}" && "$lt_files" -lt "$n" ]]; then
  awk -v k="$lt_files" -v n="$n" -v w="$(med "${walls[languagetool]}")" -v c="$(med "${cpus[languagetool]}")" 'BEGIN {
    printf "\nLanguageTool ran on the first %d postings only. **Extrapolated, not measured:** %d postings at that rate", k, n;
    printf " would take about %.0f s wall and %.0f s CPU.\n", w * n / k, c * n / k }'
fi
if [[ -n "${alex_rate:-}" ]]; then
  awk -v r="${rate[jobpost-lint]}" -v ar="$alex_rate" -v cw="${cold[jobpost-lint]}" -v ac="$alex_cold" \
    -v c="$(med "${cpus[jobpost-lint]}")" -v ca="$(med "${cpus[alex]}")" -v n="${files[alex]}" \
    -v cc="$(med "${cold_cpus[jobpost-lint]}")" -v cca="$(med "${cold_cpus[alex]}")" 'BEGIN {
    met = (r / ar >= 10) ? "met" : "not met"; cold_met = (cw <= ac) ? "met" : "not met";
    printf "\njobpost-lint against alex: %.1f × its postings/s (wanted: at least 10 ×, %s);", r / ar, met;
    printf " one file from a cold start in %.2f s against %.2f s (wanted: no slower, %s).", cw, ac, cold_met;
    printf " In CPU time, which load on the machine changes less: %.1f × the postings per CPU s", ca / c;
    printf " (%.0f against %.0f); cold, %.2f s against %.2f s.\n", n / c, n / ca, cc, cca }'
fi
echo
echo "Load average after: $(load_average)"
