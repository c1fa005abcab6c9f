#!/usr/bin/env bash
# Installs what tests/container.test.ts needs (Debian's podman, runc and debootstrap) when any is
# missing; under CI=true that test fails rather than skips without them.
set -euo pipefail
missing=()
for tool in podman runc debootstrap; do command -v "$tool" > /dev/null || missing+=("$tool"); done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap > /dev/null
