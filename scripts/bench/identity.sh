#!/bin/sh
# Output identity check for performance work: extracts the five seeds, the 14 news-dev texts and
# the 1,000-article bench corpus (cold, then +1 article through the cache: the incremental path)
# into OUT, and with REF given, diffs every claims folder against REF's. A speed-up must leave
# every byte as it was.
#
#   scripts/bench/identity.sh OUT [REF]
set -eu
out=$1
ref=${2:-}
node=node_modules/.bin/node
export SOURCE_DATE_EPOCH=1718755200
corpus=/tmp/claimtrail-identity-corpus
if [ ! -f "$corpus/1001/a01000.txt" ]; then
  $node --input-type=module -e "
    import { loadSource, writeCorpus, nextArticle, writeBenchArticle } from './scripts/bench/generate-corpus.ts';
    const source = loadSource('seeds');
    writeCorpus('$corpus/1000', source, 1000);
    writeCorpus('$corpus/1001', source, 1000);
    writeBenchArticle('$corpus/1001', nextArticle(source, 1000));
  "
fi
rm -rf "$out" && mkdir -p "$out"
$node scripts/extract.ts --seeds seeds --out "$out/seeds" --no-cache --quiet
$node scripts/eval/news-dev.ts --out "$out/nd" > "$out/nd-score.txt"
# The +1 article goes into the same folder, as in `npm run bench`: the cache keys hold the file's path.
cp -r "$corpus/1000" "$out/corpus"
$node scripts/extract.ts --seeds "$out/corpus" --out "$out/bench" --cache "$out/cache" --quiet
cp -r "$out/bench/claims" "$out/bench-cold-claims"
cp "$corpus/1001/a01000.txt" "$corpus/1001/a01000.yml" "$out/corpus/"
$node scripts/extract.ts --seeds "$out/corpus" --out "$out/bench" --cache "$out/cache" --json "$out/plus-one.json" --quiet
if [ -n "$ref" ]; then
  status=0
  for d in seeds/claims nd/content/claims bench-cold-claims bench/claims; do
    if diff -r -q "$ref/$d" "$out/$d" > "$out/diff.txt" 2>&1; then echo "identical: $d ($(ls "$out/$d" | wc -l) files)"
    else echo "DIFFERENT: $d"; head -20 "$out/diff.txt"; status=1; fi
  done
  exit $status
fi
