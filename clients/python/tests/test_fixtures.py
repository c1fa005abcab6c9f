"""The fixtures in a project of their own (pytester): one simulator for the session, a reset per
test that asks for one, and the simulator gone when the session ends."""
import os
import sys

from support import refuses_connections

PROJECT_TESTS = """
import json, pathlib

def test_first_changes_state(vipm_sim, vipm_sandbox):
    pathlib.Path("url.txt").write_text(vipm_sim.url)
    vipm_sandbox.update_customer("9876543210", {"status": "1012"})
    vipm_sandbox.advance_clock("P3D")

def test_second_starts_from_the_fixtures(vipm_sim, vipm_sandbox):
    assert pathlib.Path("url.txt").read_text() == vipm_sim.url   # the same simulator
    assert vipm_sandbox.customer("9876543210")["status"] == "1000"
    assert vipm_sandbox.clock()["now"].startswith("2026-11-01")
"""


def test_one_simulator_per_session_reset_per_test_stopped_at_the_end(pytester, monkeypatch):
    pytester.makepyfile(test_project=PROJECT_TESTS)
    plugin_path = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([plugin_path, *sys.path]))
    result = pytester.runpytest_subprocess("-p", "vipm_sim.pytest_plugin", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
    assert refuses_connections((pytester.path / "url.txt").read_text())
