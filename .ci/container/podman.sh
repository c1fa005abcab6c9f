#!/usr/bin/env bash
# podman as CI runs it: rootful, without a daemon, with runc and cgroupfs, on storage of its own
# under /var/lib/vipm-sim-ci. The storage driver is overlay where the kernel mounts overlayfs
# here, and vfs (a full copy per layer: several times slower) where it does not; the first call
# finds out and remembers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export CONTAINERS_CONF="$here/containers.conf"
state=/var/lib/vipm-sim-ci
mkdir -p "$state"

if [ ! -f "$state/driver" ]; then
  probe=$(mktemp -d)
  mkdir "$probe/lower" "$probe/upper" "$probe/work" "$probe/merged"
  if mount -t overlay overlay -o "lowerdir=$probe/lower,upperdir=$probe/upper,workdir=$probe/work" "$probe/merged" 2> /dev/null; then
    umount "$probe/merged"
    echo overlay > "$state/driver"
  else
    echo vfs > "$state/driver"
  fi
  rm -rf "$probe"
fi
driver=$(cat "$state/driver")
exec podman --root "$state/$driver" --runroot "/run/vipm-sim-ci/$driver" --storage-driver "$driver" \
  --runtime runc --cgroup-manager cgroupfs "$@"
