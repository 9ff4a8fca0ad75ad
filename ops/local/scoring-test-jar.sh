#!/usr/bin/env bash
# Writes services/scoring/target/<name>.jar, a manifest-only jar whose Class-Path is the scoring module's
# test and main classes and its test-scope dependencies, for the test-scoped mains of make eval and
# make bench. ONNX Runtime 1.29 crashes at start-up when the java.class.path property is long (the same
# reason surefire uses such a jar), so the classpath travels in the manifest. Needs compiled classes.
#   ops/local/scoring-test-jar.sh <name>     (run from the repository root; prints the jar's path)
set -euo pipefail
name=$1
T=services/scoring/target
./mvnw -B -q -pl services/scoring dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="target/$name.classpath"
{ printf 'Manifest-Version: 1.0\nClass-Path:'
  for entry in "$PWD/$T/test-classes/" "$PWD/$T/classes/" $(tr ':' ' ' < "$T/$name.classpath"); do printf ' file://%s' "$entry"; done \
    | fold -w 68 | sed '2,$s/^/ /'
  printf '\n'; } > "$T/$name.mf"
rm -f "$T/$name.jar" && "$JAVA_HOME/bin/jar" --create --file "$T/$name.jar" --manifest "$T/$name.mf"
echo "$T/$name.jar"
