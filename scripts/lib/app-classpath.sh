#!/usr/bin/env bash
# Sourced by scripts/screen and scripts/bench-*: sets APP_CLASSPATH to app's compiled classes and their
# dependencies, compiling first when a source is newer. Needs no repackaged jar; Maven runs offline when
# everything is downloaded and online otherwise (a fresh machine).
app_classpath() {
  local root=$1 tag=$2
  local cp_file="$root/app/target/classpath.txt"
  local newest
  newest=$(find "$root/pom.xml" "$root/app/pom.xml" "$root/app/src/main" "$root/ml-models/src/main" "$root/prompts" \
    -newer "$cp_file" -type f 2>/dev/null | head -n1 || true)
  if [ ! -s "$cp_file" ] || [ -n "$newest" ]; then
    echo "[$tag] compiling (tests skipped)" >&2
    local args=(-B -ntp -q -Dspotless.check.skip=true -pl app -am compile
      dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
    # offline first (fast, no network); online when something was never downloaded on this machine, e.g.
    # the dependency plugin's own dependencies on a fresh machine
    (cd "$root" && { mvn -o "${args[@]}" >/dev/null 2>&1 || mvn "${args[@]}" >&2; })
    touch "$cp_file" # the plugin leaves an unchanged file as it was
  fi
  APP_CLASSPATH="$root/app/target/classes:$root/ml-models/target/classes:$(cat "$cp_file")"
}
