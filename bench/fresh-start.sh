#!/usr/bin/env bash
# What a new user waits for: a fresh clone of this repository's HEAD (no node_modules, no dist/),
# `npm install && npm start` until /healthz answers, then a second `npm start` of the same clone.
# Prints the two wall times in seconds. Usage: bench/fresh-start.sh [PORT]   (default 3917)
set -euo pipefail
port=${1:-3917}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/vipm-sim-fresh.XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone --quiet --no-checkout "$repo" "$work/clone"
cd "$work/clone"
git checkout --quiet "$(git -C "$repo" rev-parse HEAD)"

wait_healthy() { # the PID of npm start; returns when /healthz answers
  until curl -sf "http://127.0.0.1:$port/healthz" > /dev/null; do
    kill -0 "$1" 2> /dev/null || { echo "npm start exited before /healthz answered" >&2; exit 1; }
    sleep 0.1
  done
}
start_and_stop() { # prints seconds from `npm start` to an answering /healthz
  local t0=$(date +%s.%N)
  PORT=$port npm start > "$work/start.log" 2>&1 &
  local pid=$!
  wait_healthy "$pid"
  local t1=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2> /dev/null || true
  for _ in $(seq 100); do curl -s "http://127.0.0.1:$port/healthz" > /dev/null || break; sleep 0.1; done
  echo "$t1 - $t0" | bc
}

t0=$(date +%s.%N)
npm install --no-audit --no-fund > "$work/install.log" 2>&1
t1=$(date +%s.%N)
echo "npm install:            $(echo "$t1 - $t0" | bc) s"
first=$(start_and_stop)
echo "first npm start:        $first s"
echo "install + first start:  $(echo "$t1 - $t0 + $first" | bc) s"
echo "second npm start:       $(start_and_stop) s"
