"""vipm-sim for Python tests: start the simulator, drive its control plane, call the partner API.

    with start_simulator() as sim:
        sim.sandbox.advance_clock("PT1M")
        sim.partner().get("/v3/customers/9876543210")

The pytest fixtures (vipm_sim, vipm_sim_reset, vipm_sandbox, vipm_partner) are in pytest_plugin."""
from __future__ import annotations

import os
from typing import Sequence

from ._http import AdobeError, Response
from .container import start_container
from .partner import PartnerClient, TokenError
from .process import SimulatorStartError, find_command, start_process
from .request_match import RequestVerificationError
from .sandbox import Sandbox
from .simulator import Simulator

__all__ = ["AdobeError", "PartnerClient", "RequestVerificationError", "Response", "Sandbox", "Simulator",
           "SimulatorStartError", "TokenError", "start_simulator"]


def start_simulator(args: Sequence[str] = (), *, bin_path: str | None = None, image: str | None = None,
                    start_dir: str | os.PathLike = ".", admin_token: str | None = None) -> Simulator:
    """A simulator on a free port: the container `image` (or $VIPM_SIM_IMAGE) when given, else the
    process found by find_command (`bin_path`, $VIPM_SIM_BIN, the installed npm package, PATH).
    `args` are extra `serve` options, e.g. ["--activation-delay", "PT0S"]."""
    image = image or os.environ.get("VIPM_SIM_IMAGE")
    if image:
        return start_container(image, args, os.environ.get("VIPM_SIM_CONTAINER_ENGINE"))
    return start_process(find_command(bin_path, start_dir), args, admin_token=admin_token)
