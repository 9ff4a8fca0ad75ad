#!/usr/bin/env bash
# Prints a JDK 25 home: $JAVA_HOME if it is one, else the first one under /usr/lib/jvm.
set -euo pipefail
is_25() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "25'; }
if [ -n "${JAVA_HOME:-}" ] && is_25 "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
for dir in /usr/lib/jvm/*; do
  if is_25 "$dir"; then echo "$dir"; exit 0; fi
done
echo "No JDK 25 found: set JAVA_HOME or install Temurin 25 under /usr/lib/jvm" >&2
exit 1
