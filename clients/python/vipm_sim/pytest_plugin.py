"""pytest fixtures: one simulator per test session (per worker), a reset before each test that asks.

    vipm_sim        session: the running Simulator (url, sandbox, partner()), stopped at the end
    vipm_sim_reset  function: resets the simulator (start fixtures back, outbox included; faults disarmed; journal cleared)
    vipm_sandbox    function: the reset simulator's control plane (Sandbox)
    vipm_partner    function: a PartnerClient of the reset simulator (default fixture credentials)
"""
from __future__ import annotations

import pytest

from . import start_simulator
from .partner import PartnerClient
from .sandbox import Sandbox
from .simulator import Simulator


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("vipm-sim")
    group.addoption("--vipm-sim-bin", default=None,
                    help="vipm-sim to run: a vipm-sim.js, a checkout, or an executable (default: $VIPM_SIM_BIN, "
                         "node_modules/.bin of this project or above, vipm-sim on PATH)")
    group.addoption("--vipm-sim-image", default=None,
                    help="run this container image instead (default: $VIPM_SIM_IMAGE); docker or podman, "
                         "or $VIPM_SIM_CONTAINER_ENGINE")
    group.addoption("--vipm-sim-arg", action="append", default=[], metavar="OPTION",
                    help="an extra serve option, repeatable: --vipm-sim-arg=--activation-delay=PT0S")


@pytest.fixture(scope="session")
def vipm_sim(request: pytest.FixtureRequest) -> Simulator:
    config = request.config
    sim = start_simulator(config.getoption("vipm_sim_arg"), bin_path=config.getoption("vipm_sim_bin"),
                          image=config.getoption("vipm_sim_image"), start_dir=config.rootpath)
    request.addfinalizer(sim.stop)
    return sim


@pytest.fixture
def vipm_sim_reset(vipm_sim: Simulator) -> Simulator:
    vipm_sim.sandbox.reset()
    return vipm_sim


@pytest.fixture
def vipm_sandbox(vipm_sim_reset: Simulator) -> Sandbox:
    return vipm_sim_reset.sandbox


@pytest.fixture
def vipm_partner(vipm_sim_reset: Simulator) -> PartnerClient:
    return vipm_sim_reset.partner()
