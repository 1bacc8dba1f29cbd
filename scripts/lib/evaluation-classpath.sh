#!/usr/bin/env bash
# Sourced by the benchmark scripts: sets EVALUATION_CLASSPATH to the evaluation module's compiled classes, the
# modules it builds on and their dependencies, compiling first when a source is newer. Maven runs offline when
# everything is already downloaded and online (the package registries) otherwise, so it works on a fresh machine.
evaluation_classpath() {
  local root=$1 tag=$2
  local cp_file="$root/evaluation/target/classpath.txt"
  local newest
  newest=$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main "$root/prompts" \
    -newer "$cp_file" -type f 2>/dev/null | head -n1 || true)
  if [ ! -s "$cp_file" ] || [ -n "$newest" ]; then
    echo "[$tag] compiling (tests skipped)" >&2
    local args=(-B -ntp -q -Dspotless.check.skip=true -pl evaluation -am compile
      dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt)
    (cd "$root" && { mvn -o "${args[@]}" >/dev/null 2>&1 || mvn "${args[@]}" >&2; })
    touch "$cp_file" # the plugin leaves an unchanged file as it was
  fi
  EVALUATION_CLASSPATH="$root/evaluation/target/classes:$root/app/target/classes:$root/ml-training/target/classes:$root/ml-models/target/classes:$(cat "$cp_file")"
}
