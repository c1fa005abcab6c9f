#!/usr/bin/env bash
# npm run test:python: the plugin's own tests (python3 -m pytest here) against this checkout's
# bin/vipm-sim.js (built by npm run build). No python3 with pytest: a skip that says so, or a
# failure with CI=true. VIPM_SIM_PYTHON names the interpreter (then the only one tried).
set -euo pipefail
cd "$(dirname "$0")"
export VIPM_SIM_BIN="${VIPM_SIM_BIN:-$(cd ../.. && pwd)/bin/vipm-sim.js}"
candidates=("${VIPM_SIM_PYTHON:-python3}")
[ -z "${VIPM_SIM_PYTHON:-}" ] && candidates+=(/usr/bin/python3)
for python in "${candidates[@]}"; do
  if "$python" -c 'import pytest' 2>/dev/null; then
    exec "$python" -m pytest -q -p no:cacheprovider "$@"
  fi
done
missing="python tests: no python3 with pytest (tried ${candidates[*]}; apt-get install python3-pytest, or bash .ci/python)"
if [ "${CI:-}" = true ]; then
  echo "$missing: failing, as CI=true" >&2
  exit 1
fi
echo "$missing: skipped"
