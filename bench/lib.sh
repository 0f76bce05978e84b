# Shared by bench/run.sh and bench/compare.sh (sourced, not run): the build, the seeded corpus, timing
# with GNU time, and the description of the machine. The caller sets `seed` and works in the repository root.
# shellcheck shell=bash

bench_cp="target/test-classes:target/jobpost-lint.jar"

# Exits unless GNU time is there: it gives peak RSS and the CPU time of child processes.
bench_need_time() { # caller name
  command -v /usr/bin/time >/dev/null \
    || { echo "$1: needs GNU time (apt-get install time)" >&2; exit 2; }
}

# Builds the jar and the test classes (the corpus generator is test code).
bench_build() {
  echo "== build" >&2
  ./mvnw -q -B -DskipTests package >&2
  ./mvnw -q -B test-compile >&2
}

# The corpus folder of `seed`. Its postings depend on the generator's code: when that changed since the folder
# was written, the folder is emptied, so that no run times postings an older generator wrote.
bench_corpus() {
  local dir="target/bench-corpus/seed-${seed:?}" stamp
  stamp="$(cat src/test/java/dev/jobpostlint/bench/CorpusGenerator.java \
    src/test/java/dev/jobpostlint/bench/PostingText.java | sha1sum | cut -c1-12)"
  if [[ -d "$dir" && "$(cat "$dir/.generator" 2>/dev/null)" != "$stamp" ]]; then
    echo "== $dir was written by another version of the generator: generating again" >&2
    rm -rf "$dir"
  fi
  mkdir -p "$dir"
  echo "$stamp" > "$dir/.generator"
  echo "$dir"
}

# Prints the folder of `count` postings in `format` (generated on first use; `format-count.mb` beside it holds
# the MB of posting text).
generate() { # format count
  local corpus dir
  corpus="$(bench_corpus)"
  dir="$corpus/$1-$2"
  if [[ ! -d "$dir" ]]; then
    echo "== generating $2 $1 postings (seed $seed)" >&2
    java -cp "$bench_cp" dev.jobpostlint.bench.CorpusGenerator "$corpus/tmp-$1-$2" "$2" "$seed" "$1" \
      | sed -n 's/.*, \([0-9.]*\) MB of text/\1/p' > "$corpus/$1-$2.mb"
    mv "$corpus/tmp-$1-$2/$1" "$dir" && rmdir "$corpus/tmp-$1-$2"
  fi
  echo "$dir"
}

# Prints a folder with the first `count` postings of dir, in posting order (so both languages are in it).
sample() { # dir count
  local dir="$1-first$2"
  if [[ ! -d "$dir" ]]; then
    mkdir -p "$dir"
    find "$1" -type f -printf '%f\n' | sort -t- -k2,2 | head -n "$2" | xargs -I{} cp "$1/{}" "$dir/"
  fi
  echo "$dir"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Runs a command `reps` times under GNU time, output discarded; prints the median wall s, the median CPU s
# (user + sys, child processes included), the highest peak RSS in MB and the highest exit status.
measure() { # reps command...
  local r="$1"; shift
  local walls=() cpus=() rss=0 status=0 rc tf wall user sys kb
  tf="$(mktemp "${TMPDIR:-/tmp}/bench-time.XXXXXX")"
  for ((i = 0; i < r; i++)); do
    rc=0
    /usr/bin/time -f "%e %U %S %M" -o "$tf" "$@" >/dev/null 2>"$tf.err" || rc=$?
    read -r wall user sys kb < <(tail -n 1 "$tf")
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
    (( kb > rss )) && rss=$kb
    (( rc > status )) && status=$rc
  done
  rm -f "$tf" "$tf.err"
  printf '%s %s %s %s\n' "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$((rss / 1024))" "$status"
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# The machine, as Markdown list items.
machine() {
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores available"
  echo "- Memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- JDK: $(java -version 2>&1 | head -n 1)"
}
