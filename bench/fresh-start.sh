#!/usr/bin/env bash
# What a new user waits for: a fresh clone (no node_modules, no dist/), `npm install && npm start`
# until /healthz answers, then a second `npm start` of the same clone. Prints wall time and CPU
# time (user+sys of npm and everything it ran: on a shared machine the wall time follows the
# load, the CPU time much less) and the machine's load average.
# Usage: bench/fresh-start.sh [PORT] [COMMIT]   (default 3917 and this checkout's HEAD)
set -euo pipefail
port=${1:-3917}
repo=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$repo" rev-parse "${2:-HEAD}")
work=$(mktemp -d /tmp/vipm-sim-fresh.XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone --quiet --no-checkout "$repo" "$work/clone"
cd "$work/clone"
git checkout --quiet "$commit"
echo "commit $(git log -1 --format='%h %s' | cut -c1-80)"

timed() { # LABEL LOG COMMAND…: runs it under /usr/bin/time (its output to LOG), printing wall and CPU seconds
  local label=$1 log=$2; shift 2
  /usr/bin/time -o "$work/time" -f "%e %U %S" "$@" > "$log" 2>&1
  read -r wall user sys < "$work/time"
  printf '%-22s %7.1f s wall %7.1f s CPU   (load %s)\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
}

# npm start under /usr/bin/time, stopped as soon as /healthz answers (its wall time is then the
# time to an answer, its CPU time what starting cost).
start_until_healthy() {
  PORT=$port npm start > "$work/start.log" 2>&1 &
  local npm=$!
  until curl -sf "http://127.0.0.1:$port/healthz" > /dev/null; do
    kill -0 "$npm" 2> /dev/null || { echo "npm start exited before /healthz answered" >&2; cat "$work/start.log" >&2; exit 1; }
    sleep 0.05
  done
  kill "$npm"
  wait "$npm" || true
  for _ in $(seq 100); do curl -s "http://127.0.0.1:$port/healthz" > /dev/null || break; sleep 0.1; done
}
export -f start_until_healthy
export port work

timed "npm install" "$work/install.log" npm install --no-audit --no-fund
timed "first npm start" /dev/null bash -c start_until_healthy
grep -q "up to date" "$work/start.log" && echo "  (no build)" || echo "  (built dist/)"
timed "second npm start" /dev/null bash -c start_until_healthy
grep -q "up to date" "$work/start.log" && echo "  (no build)" || echo "  (built dist/)"
