#!/usr/bin/env bash
# Runs LanguageTool's command line over DIR/de as German (de-DE) and over DIR/en as English (en-US), one JVM
# each (none for a folder without files), as bench/compare.sh times it. LIB holds LanguageTool's jars.
#   bench/languagetool-by-language.sh LIB DIR
set -euo pipefail
lib="$1" dir="$2"
for spec in de:de-DE en:en-US; do
  sub="$dir/${spec%%:*}"
  [[ -n "$(find "$sub" -type f -print -quit 2>/dev/null)" ]] || continue
  java -cp "$lib/*" org.languagetool.commandline.Main -l "${spec#*:}" -r "$sub"
done
