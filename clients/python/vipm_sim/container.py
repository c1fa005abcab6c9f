"""The simulator as a container (docs/container.md): the image run detached with a random admin
token (it listens on 0.0.0.0, so it refuses to start without one), its port 3000 published on a free
loopback port, ready once /healthz answers, removed on stop."""
from __future__ import annotations

import secrets
import shutil
import subprocess
import time
from typing import Sequence

from ._http import send
from .process import SimulatorStartError
from .simulator import Simulator

CONTAINER_PORT = 3000
START_TIMEOUT = 60.0


def container_engine(explicit: str | None = None) -> str:
    """`explicit`, else docker if on PATH, else podman."""
    if explicit:
        return explicit
    for engine in ("docker", "podman"):
        if shutil.which(engine):
            return engine
    raise SimulatorStartError("--vipm-sim-image needs docker or podman on PATH (or VIPM_SIM_CONTAINER_ENGINE)")


def run_command(engine: str, image: str, admin_token: str, args: Sequence[str] = ()) -> list[str]:
    """`ENGINE run` of the image; arguments after the image replace its `serve --host 0.0.0.0`."""
    serve = ["serve", "--host", "0.0.0.0", *args] if args else []
    return [engine, "run", "--rm", "--detach", "--publish", f"127.0.0.1::{CONTAINER_PORT}",
            "--env", f"VIPM_SIM_ADMIN_TOKEN={admin_token}", image, *serve]


def published_port(port_output: str) -> int:
    """The host port from `ENGINE port ID 3000/tcp` (`127.0.0.1:49153`, one line per address)."""
    for line in port_output.splitlines():
        host, _, port = line.strip().rpartition(":")
        if host and port.isdigit():
            return int(port)
    raise SimulatorStartError(f"no published port in {port_output!r}")


def _healthy(url: str) -> bool:
    try:
        return send("GET", f"{url}/healthz", timeout=2).status == 200
    except OSError:
        return False


def start_container(image: str, args: Sequence[str] = (), engine: str | None = None,
                    timeout: float = START_TIMEOUT) -> Simulator:
    engine = container_engine(engine)
    admin_token = secrets.token_urlsafe(24)
    started = subprocess.run(run_command(engine, image, admin_token, args), capture_output=True, text=True)
    if started.returncode != 0:
        raise SimulatorStartError(f"{engine} run {image} failed ({started.returncode}): {started.stderr.strip()}")
    container_id = started.stdout.strip().splitlines()[-1]

    def stop() -> None:
        subprocess.run([engine, "rm", "--force", container_id], capture_output=True)

    def logs() -> str:
        return subprocess.run([engine, "logs", "--tail", "200", container_id], capture_output=True, text=True).stdout

    try:
        port = published_port(subprocess.run([engine, "port", container_id, f"{CONTAINER_PORT}/tcp"],
                                             capture_output=True, text=True, check=True).stdout)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        while not _healthy(url):
            if time.monotonic() > deadline:
                raise SimulatorStartError(f"{image} did not answer /healthz within {timeout:g} s:\n{logs()}")
            time.sleep(0.25)
    except BaseException:
        stop()
        raise
    return Simulator(url, stop, admin_token, logs)
