"""The simulator as a child process: a free port read from the start-up line, a stop that frees it
whatever the process tree looks like, and a clear error when it cannot start."""
import os
import subprocess
import sys
import textwrap

import pytest

from vipm_sim import SimulatorStartError, start_simulator
from vipm_sim._http import send
from vipm_sim.process import find_command, start_process
from support import refuses_connections


def test_it_listens_on_a_free_port_and_stop_frees_it():
    sim = start_simulator()
    assert send("GET", f"{sim.url}/healthz").status == 200
    sim.stop()
    assert refuses_connections(sim.url)
    sim.stop()  # a second stop does nothing


def test_stop_ends_the_whole_process_group_as_a_wrapper_like_npx_leaves_it(tmp_path):
    wrapper = tmp_path / "vipm-sim"
    # sh dies on SIGTERM at once and leaves node running unless node gets the signal too
    wrapper.write_text(f"#!/bin/sh\n{' '.join(find_command())} \"$@\" &\nwait\n")
    wrapper.chmod(0o755)
    sim = start_process([str(wrapper)])
    sim.stop()
    assert refuses_connections(sim.url)


def test_an_admin_token_guards_the_control_plane_and_the_sandbox_client_sends_it():
    with start_simulator(admin_token="py-admin-token") as sim:
        assert send("GET", f"{sim.url}/__sandbox/clock").status == 401
        assert sim.sandbox.clock()["frozen"] is False


def test_a_simulator_that_cannot_start_raises_with_its_output():
    with pytest.raises(SimulatorStartError, match=r"exited with 2[\s\S]*--no-such-option"):
        start_simulator(["--no-such-option"])


def test_a_test_process_that_ends_without_stopping_it_stops_it_at_exit():
    script = textwrap.dedent("""
        from vipm_sim import start_simulator
        print(start_simulator().url, flush=True)
    """)
    finished = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert finished.returncode == 0, finished.stderr
    assert refuses_connections(finished.stdout.strip())


def test_its_log_is_read_as_it_comes_so_a_chatty_run_never_stalls(vipm_sim):
    for _ in range(800):  # about 80 KB of request lines, more than a pipe holds
        assert send("GET", f"{vipm_sim.url}/partnerservice/ping", headers={"X-Api-Key": "vipm-sim-client"}, timeout=5).status == 200
    assert "GET /partnerservice/ping 200" in vipm_sim.output()
