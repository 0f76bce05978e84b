#!/usr/bin/env bash
# Benchmarks `jobpost-lint check` end to end: generates a reproducible corpus, then times whole-corpus runs per
# format and single files from a cold JVM, on the fast and on the naive path, and optionally one large Markdown
# and one large text file. See bench/README.md.
set -euo pipefail

n_md=2000 n_html=2000 n_docx=500 n_pdf=500 seed=42 reps=3 naive_n=100 large_mb=0 large_from=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --md) n_md="$2"; shift 2 ;;
    --html) n_html="$2"; shift 2 ;;
    --docx) n_docx="$2"; shift 2 ;;
    --pdf) n_pdf="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --naive) naive_n="$2"; shift 2 ;;
    --large) large_mb="$2"; shift 2 ;;
    --large-from) large_from="$2"; shift 2 ;;
    -h|--help)
      echo "usage: bench/run.sh [--md N] [--html N] [--docx N] [--pdf N] [--seed S] [--reps R] [--naive N]"
      echo "                    [--large MB [--large-from DIR]]"
      echo "  defaults: --md 2000 --html 2000 --docx 500 --pdf 500 --seed 42 --reps 3 --naive 100 (0: skip)"
      echo "  --large MB: also one Markdown and one text file of MB megabytes, made of the Markdown postings"
      echo "  of DIR (default: the generated ones) one after another; 1 run each"
      exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_need_time bench/run.sh
bench_build
corpus="$(bench_corpus)"

row() { # label count mb args...
  local label="$1" n="$2" mb="$3"; shift 3
  read -r wall cpu rss _ <<<"$(measure "$reps" ./jobpost-lint "$@")"
  awk -v l="$label" -v n="$n" -v mb="$mb" -v w="$wall" -v c="$cpu" -v r="$rss" -v cold="${cold:-0}" 'BEGIN {
    warm = (w - cold > 0 && n > 1) ? sprintf("%.0f", (n - 1) / (w - cold)) : "-";
    printf "| %-26s | %6d | %7.2f | %7.2f | %8.0f | %9s | %7.2f | %6d |\n", l, n, w, c, n / w, warm, mb / w, r }'
}

# warm-up: the launcher writes its class data archive on its first run after a build
./jobpost-lint check -q "$(generate md 10)" >/dev/null 2>&1 || true

echo
echo "## Machine"
echo
machine
echo "- Load average before: $(load_average)"
echo "- Corpus: seed $seed; $reps runs each, median wall and CPU (user+sys), highest peak RSS"
echo
echo "| run | files | wall s | CPU s | files/s | warm f/s | text MB/s | RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"

md1="$(sample "$(generate md "$n_md")" 1)"
pdf1="$(sample "$(generate pdf "$n_pdf")" 1)"
cold_md="$(measure $((reps + 2)) ./jobpost-lint check -q "$md1" | cut -d' ' -f1)"
cold_pdf="$(measure $((reps + 2)) ./jobpost-lint check -q "$pdf1" | cut -d' ' -f1)"
cold=0 row "md: 1 file, cold JVM" 1 0.003 check -q "$md1"
cold=0 row "pdf: 1 file, cold JVM" 1 0.003 check -q "$pdf1"
for spec in "md $n_md $cold_md" "html $n_html $cold_md" "docx $n_docx $cold_md" "pdf $n_pdf $cold_pdf"; do
  read -r fmt n c <<<"$spec"
  [[ "$n" -gt 0 ]] || continue
  dir="$(generate "$fmt" "$n")"
  cold="$c" row "$fmt: $n files" "$n" "$(cat "$corpus/$fmt-$n.mb")" check -q "$dir"
done

if [[ "$naive_n" -gt 0 ]]; then
  cold=0 reps=1 row "naive md: 1 file, cold JVM" 1 0.003 check -q --naive "$md1"
  for fmt in md html docx pdf; do
    n_var="n_$fmt"; [[ "${!n_var}" -gt 0 ]] || continue
    dir="$(sample "$(generate "$fmt" "${!n_var}")" "$naive_n")"
    mb="$(awk -v t="$(cat "$corpus/$fmt-${!n_var}.mb")" -v a="$naive_n" -v b="${!n_var}" 'BEGIN {print t * a / b}')"
    cold="$cold_md" reps=1 row "naive $fmt: $naive_n files" "$naive_n" "$mb" check -q --naive "$dir"
  done
fi
if [[ "$large_mb" -gt 0 ]]; then
  from="${large_from:-$(generate md 2000)}"
  large="target/bench-corpus/large-$large_mb-$(basename "$from")"
  if [[ ! -f "$large.md" ]]; then
    echo "== writing a $large_mb MB Markdown and text file from $from" >&2
    : > "$large.md.tmp"
    while (( $(stat -c %s "$large.md.tmp") < large_mb * 1000 * 1000 )); do
      find "$from" -name '*.md' | sort | xargs cat >> "$large.md.tmp"
    done
    # the text file: the same postings as a person would type them, without heading marks and bold
    sed -E 's/^#+ //; s/\*\*//g' "$large.md.tmp" > "$large.txt"
    mv "$large.md.tmp" "$large.md"
  fi
  for ext in md txt; do
    mb="$(awk -v b="$(stat -c %s "$large.$ext")" 'BEGIN {print b / 1e6}')"
    cold=0 reps=1 row "$ext: one $large_mb MB file" 1 "$mb" check -q "$large.$ext"
  done
fi
echo
echo "Load average after: $(load_average)"
