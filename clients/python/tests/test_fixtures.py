"""The fixtures in a project of their own (pytester): one simulator for the session, started with
the --vipm-sim-arg options, a reset per test that asks for one, and the simulator gone when the
session ends."""
import os
import sys

from support import refuses_connections

PROJECT_TESTS = """
import json, pathlib

def test_first_changes_state(vipm_sim, vipm_sandbox, vipm_partner):
    pathlib.Path("url.txt").write_text(vipm_sim.url)
    created = vipm_partner.post("/v3/customers", {"resellerId": "5556667778", "companyProfile": {
        "companyName": "Quick Co", "preferredLanguage": "en-US", "contacts": [{"firstName": "Q", "lastName": "C", "email": "q@quick.example"}],
        "address": {"country": "US", "region": "CA", "city": "San Jose", "addressLine1": "1 Main St", "postalCode": "95110"}}})
    # active without any clock advance: --activation-delay=PT0S reached serve
    assert vipm_partner.get("/v3/customers/" + created.body["customerId"]).body["status"] == "1000"
    vipm_sandbox.update_customer("9876543210", {"status": "1012"})
    vipm_sandbox.advance_clock("P3D")

def test_second_starts_from_the_fixtures(vipm_sim, vipm_sandbox):
    assert pathlib.Path("url.txt").read_text() == vipm_sim.url   # the same simulator
    assert vipm_sandbox.customer("9876543210")["status"] == "1000"
    assert vipm_sandbox.clock()["now"].startswith("2026-11-01")
"""


def test_one_simulator_per_session_with_its_serve_options_reset_per_test_stopped_at_the_end(pytester, monkeypatch):
    pytester.makepyfile(test_project=PROJECT_TESTS)
    plugin_path = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([plugin_path, *sys.path]))
    result = pytester.runpytest_subprocess("-p", "vipm_sim.pytest_plugin", "-p", "no:cacheprovider", "--vipm-sim-arg=--activation-delay=PT0S")
    result.assert_outcomes(passed=2)
    assert refuses_connections((pytester.path / "url.txt").read_text())
