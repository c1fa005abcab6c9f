"""The simulator as a child process: `vipm-sim serve --port 0`, its URL read from the start-up line,
stopped with its whole process group (SIGTERM, then SIGKILL after a grace period)."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import threading
import time
from collections import deque
from pathlib import Path
from typing import Mapping, Sequence

from .simulator import Simulator

LISTENING = re.compile(r"listening on (http://[^\s\"]+)")
START_TIMEOUT = 30.0
STOP_GRACE = 5.0
KEPT_LINES = 200


class SimulatorStartError(RuntimeError):
    pass


def _node_command(script: Path) -> list[str]:
    return [os.environ.get("VIPM_SIM_NODE") or "node", str(script)]


def find_command(bin_path: str | None = None, start_dir: str | os.PathLike = ".",
                 env: Mapping[str, str] = os.environ) -> list[str]:
    """The command that runs vipm-sim, first found of: `bin_path` or $VIPM_SIM_BIN (a vipm-sim.js,
    a checkout holding bin/vipm-sim.js, or an executable); node_modules/.bin/vipm-sim in `start_dir`
    or a folder above it (the installed npm package); vipm-sim on PATH."""
    given = bin_path or env.get("VIPM_SIM_BIN")
    if given:
        path = Path(given).expanduser().resolve()
        if path.is_dir():
            path = path / "bin" / "vipm-sim.js"
        if not path.is_file():
            raise SimulatorStartError(f"VIPM_SIM_BIN / --vipm-sim-bin names {given}, where there is no vipm-sim (a vipm-sim.js or a checkout holding bin/vipm-sim.js)")
        return _node_command(path) if path.suffix == ".js" else [str(path)]
    for folder in [Path(start_dir).resolve(), *Path(start_dir).resolve().parents]:
        installed = folder / "node_modules" / "vipm-sim" / "bin" / "vipm-sim.js"
        if installed.is_file():
            return _node_command(installed)
    on_path = shutil.which("vipm-sim", path=env.get("PATH"))
    if on_path:
        return [on_path]
    raise SimulatorStartError("vipm-sim not found: npm i -D vipm-sim in this project, or set VIPM_SIM_BIN to a checkout's bin/vipm-sim.js "
                              "(or pass --vipm-sim-bin; --vipm-sim-image runs the container image)")


def serve_command(command: Sequence[str], args: Sequence[str] = ()) -> list[str]:
    return [*command, "serve", "--port", "0", *args]


def _group_alive(pgid: int) -> bool:
    """Whether a process of the group still runs. On Linux a zombie does not count: it holds no
    port, and whoever adopted it (PID 1 of a container) may take seconds to reap it."""
    if os.path.isdir("/proc"):
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat") as stat_file:
                    stat = stat_file.read()
            except OSError:
                continue
            state, _parent, group = stat[stat.rindex(")") + 2:].split()[:3]
            if group == str(pgid) and state != "Z":
                return True
        return False
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _wait_group(pgid: int, seconds: float) -> bool:
    """Whether every process of the group is gone within `seconds`."""
    deadline = time.monotonic() + seconds
    while _group_alive(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def _stop_group(process: subprocess.Popen, grace: float = STOP_GRACE) -> None:
    """SIGTERM to the whole process group (a wrapper such as npx may have exited and left node
    behind), SIGKILL to what is left after `grace`; returns once the group is gone."""
    if os.name != "posix":
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return
    pgid = process.pid  # start_new_session: the leader's pid is the group's id
    try:
        os.killpg(pgid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        pass
    if not _wait_group(pgid, grace):
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _wait_group(pgid, 2.0)
    process.wait()


def start_process(command: Sequence[str], args: Sequence[str] = (), env: Mapping[str, str] | None = None,
                  cwd: str | None = None, timeout: float = START_TIMEOUT, admin_token: str | None = None) -> Simulator:
    """Starts `COMMAND serve --port 0 ARGS` in a process group of its own; answers once it listens.
    An admin token goes in the environment (VIPM_SIM_ADMIN_TOKEN), out of sight of `ps`."""
    full = serve_command(command, args)
    secret = {"VIPM_SIM_ADMIN_TOKEN": admin_token} if admin_token else {}
    process = subprocess.Popen(full, cwd=cwd, env={**os.environ, **(env or {}), **secret}, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace",
                               start_new_session=os.name == "posix")
    lines: deque[str] = deque(maxlen=KEPT_LINES)
    found: dict[str, str] = {}
    listening = threading.Event()

    def drain() -> None:  # read it all, always: a full pipe would block the simulator's logging
        for line in process.stdout:
            lines.append(line)
            match = LISTENING.search(line)
            if match and not listening.is_set():
                found["url"] = match.group(1)
                listening.set()
        listening.set()

    threading.Thread(target=drain, name="vipm-sim output", daemon=True).start()
    deadline = time.monotonic() + timeout
    listening.wait(timeout)
    if "url" not in found:
        _stop_group(process)
        why = f"exited with {process.returncode}" if time.monotonic() < deadline else f"did not listen within {timeout:g} s"
        raise SimulatorStartError(f"{' '.join(full)} {why}:\n{''.join(lines)}")
    return Simulator(found["url"], lambda: _stop_group(process), admin_token, lambda: "".join(lines))
