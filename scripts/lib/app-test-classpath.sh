#!/usr/bin/env bash
# Sourced by the component benchmarks that time a module's internals (scripts/bench-similarity,
# scripts/audit-benchmark): they live beside the module's tests, out of the service jar. Sets
# APP_TEST_CLASSPATH to app's compiled main and test classes and their test-scope dependencies, compiling first
# when a source is newer. Maven runs offline when everything is downloaded, online otherwise.
app_test_classpath() {
  local root=$1 tag=$2
  local cp_file="$root/app/target/test-classpath.txt"
  local newest
  newest=$(find "$root/pom.xml" "$root/app/pom.xml" "$root/app/src" "$root/ml-models/src/main" \
    -newer "$cp_file" -type f 2>/dev/null | head -n1 || true)
  if [ ! -s "$cp_file" ] || [ -n "$newest" ]; then
    echo "[$tag] compiling (tests not run)" >&2
    local args=(-B -ntp -q -Dspotless.check.skip=true -pl app -am test-compile
      dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt)
    (cd "$root" && { mvn -o "${args[@]}" >/dev/null 2>&1 || mvn "${args[@]}" >&2; })
    touch "$cp_file" # the plugin leaves an unchanged file as it was
  fi
  APP_TEST_CLASSPATH="$root/app/target/test-classes:$root/app/target/classes:$root/ml-models/target/classes:$(cat "$cp_file")"
}
