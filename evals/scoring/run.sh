#!/usr/bin/env bash
# make eval: ranking quality of the match score and skill-extraction F1 on SkillSpan knowledge
# spans, compared with evals/scoring/baseline.json (settings pinned in config.properties).
# A regression exits non-zero. `evals/scoring/run.sh --write-baseline` records a new baseline.
# EVAL_OPTS="-Deval.model=all-minilm-l6-v2-q.onnx -Deval.tokenizer=all-minilm-l6-v2-q-tokenizer.json"
# scores with the int8 model against the same baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-$(ops/local/java-home.sh)}"
ops/local/prereqs.sh jdk
MVN=(./mvnw -B -q -pl services/scoring)
"${MVN[@]}" test-compile
jar=$(ops/local/scoring-test-jar.sh eval)
"$JAVA_HOME/bin/java" ${EVAL_OPTS:-} --enable-native-access=ALL-UNNAMED -cp "$jar" io.tailor.scoring.eval.Eval "$@"
