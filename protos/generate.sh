#!/bin/sh
# Regenerates the wire code from the .proto files with protobufjs-cli (`npm run protos`), into the folder
# given or else protos/generated/:
#
# - protos.js: static encoders and decoders (pbjs -t static-module), run by protobufjs/minimal;
# - protos.d.ts: their TypeScript types (pbts), decoded messages typed as the classes decode builds
#   (--force-message);
# - descriptor.json: the schema as JSON (pbjs -t json), for what needs reflection: the wire bounds walk
#   message schemas, gRPC service definitions need method descriptors.
#
# Field names keep their .proto spelling (--keep-case). pbts's output gets two rewrites, so that it holds
# under the strict tsconfig: every reference to a package is qualified from the module's root (inside
# namespace networks.networks, `networks.networks.NetworkQuery` would name networks.networks.networks), and
# 64-bit integers are typed as protobufjs' own Long (low, high, unsigned: what the runtime reads and what
# long.js instances have) instead of long.js, which weft does not depend on.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/generated}
mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=$here/../node_modules/.bin

cd "$here"
# Imports are relative to this folder, as in Weaver ("common/ack.proto").
files=$(find . -name '*.proto' | sed 's|^\./||' | LC_ALL=C sort)

static="-t static-module -w es6 --keep-case --force-message --no-service -r weft"
# pbts reads the types from the JSDoc of a commented build; the module itself goes without comments.
# shellcheck disable=SC2086
"$bin/pbjs" $static -o "$out/protos.pbts.js" $files
# shellcheck disable=SC2086
"$bin/pbjs" $static --no-comments -o "$out/protos.js" $files
# shellcheck disable=SC2086
"$bin/pbjs" -t json --keep-case -o "$out/descriptor.json" $files

"$bin/pbts" -o "$out/protos.pbts.d.ts" "$out/protos.pbts.js"
packages=$(sed -n 's/^export namespace \([A-Za-z_][A-Za-z0-9_]*\) {$/\1/p' "$out/protos.pbts.d.ts" | paste -sd '|' -)
{
  printf '%s\n' 'import type { Long } from "protobufjs";' 'import type * as $root from "./protos.js";'
  sed -E \
    -e '/^import Long = require\("long"\);$/d' \
    -e "s/(^|[^A-Za-z0-9_\$.])($packages)\\.([A-Za-z_])/\\1\$root.\\2.\\3/g" \
    "$out/protos.pbts.d.ts"
} >"$out/protos.d.ts"
rm "$out/protos.pbts.js" "$out/protos.pbts.d.ts"
