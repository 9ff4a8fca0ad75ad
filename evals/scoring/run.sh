#!/usr/bin/env bash
# make eval: ranking quality of the match score and skill-extraction F1 on SkillSpan knowledge
# spans, compared with evals/scoring/baseline.json (settings pinned in config.properties).
# A regression exits non-zero. `evals/scoring/run.sh --write-baseline` records a new baseline.
# EVAL_OPTS="-Deval.model=all-minilm-l6-v2-q.onnx -Deval.tokenizer=all-minilm-l6-v2-q-tokenizer.json"
# scores with the int8 model against the same baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-$(ops/local/java-home.sh)}"
MVN=(./mvnw -B -q -o -pl services/scoring)
"${MVN[@]}" test-compile
"${MVN[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/eval.classpath
# A manifest-only jar carries the classpath: onnxruntime 1.29 crashes at start-up when the
# java.class.path property is long.
T=services/scoring/target
{ printf 'Manifest-Version: 1.0\nClass-Path:'
  for entry in "$PWD/$T/test-classes/" "$PWD/$T/classes/" $(tr ':' ' ' < $T/eval.classpath); do printf ' file://%s' "$entry"; done \
    | fold -w 68 | sed '2,$s/^/ /'
  printf '\n'; } > $T/eval.mf
rm -f $T/eval.jar && "$JAVA_HOME/bin/jar" --create --file $T/eval.jar --manifest $T/eval.mf
"$JAVA_HOME/bin/java" ${EVAL_OPTS:-} --enable-native-access=ALL-UNNAMED -cp $T/eval.jar io.tailor.scoring.eval.Eval "$@" 2>/dev/null
