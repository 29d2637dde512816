#!/usr/bin/env bash
# In-process A/B of the merge's hot path: the tree at BASE (a git ref) against the working tree, both
# compiled to CommonJS and loaded into ONE node process, run in alternating rounds on the same files in
# memory (scripts/bench-ab-merge.js). On a shared machine only the ratios of neighbouring rounds mean
# anything; the median ratio is the answer.
# Run: scripts/bench-ab.sh BASE [N=400] [ROUNDS=12]
#  or: scripts/bench-ab.sh BASE 0 ROUNDS province DISTRICT.xlsx... (the matrix province of bench:national,
#      scripts/bench-ab-province.js: the district workbooks of `npm run bench:national -- FORMS=matrix`)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:?usage: scripts/bench-ab.sh BASE [N] [ROUNDS]}"
N="${2:-400}"
ROUNDS="${3:-12}"
MODE="${4:-cdcs}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-ab-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/A" "$WORK/B"
git archive "$BASE" src scripts/matrix-definition.ts tsconfig.json | tar -x -C "$WORK/A"
git ls-files -z src scripts/matrix-definition.ts tsconfig.json | tar --null -T - -c | tar -x -C "$WORK/B"
for side in A B; do
  ln -s "$PWD/node_modules" "$WORK/$side/node_modules"
  cat > "$WORK/$side/tsconfig.ab.json" <<JSON
{ "extends": "./tsconfig.json",
  "compilerOptions": { "module": "commonjs", "moduleResolution": "node10", "noEmit": false, "sourceMap": false, "outDir": "out", "rootDir": ".", "types": ["node"] },
  "include": ["src/workbook/merge/index.ts", "src/app/merge/index.ts", "src/workbook/file/writer/index.ts", "src/domain/definition/index.ts", "src/domain/catalog/index.ts", "src/domain/layout/index.ts", "src/domain/merge/index.ts", "src/domain/merge/sample.ts", "src/workbook/file/reader/index.ts", "scripts/matrix-definition.ts"] }
JSON
  (cd "$WORK/$side" && node "$OLDPWD/node_modules/typescript/bin/tsc" -p tsconfig.ab.json)
done
if [ "$MODE" = province ]; then
  node --expose-gc scripts/bench-ab-province.js "$WORK/A/out" "$WORK/B/out" "$ROUNDS" "$BASE" "${@:5}"
else
  node --expose-gc scripts/bench-ab-merge.js "$WORK/A/out" "$WORK/B/out" "$N" "$ROUNDS" "$BASE"
fi
