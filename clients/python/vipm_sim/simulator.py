"""A running simulator: its URL, its control plane, partner clients, and a stop that always happens
(called by the pytest fixture's finalizer, and by atexit if the test process ends another way)."""
from __future__ import annotations

import atexit
from typing import Callable

from .partner import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, PartnerClient
from .sandbox import Sandbox


class Simulator:
    def __init__(self, url: str, stop: Callable[[], None], admin_token: str | None = None,
                 output: Callable[[], str] = lambda: ""):
        self.url = url
        self.admin_token = admin_token
        self.sandbox = Sandbox(url, admin_token)
        self._stop = stop
        self._output = output
        self.stopped = False
        atexit.register(self.stop)

    def partner(self, client_id: str = DEFAULT_CLIENT_ID, client_secret: str = DEFAULT_CLIENT_SECRET) -> PartnerClient:
        return PartnerClient(self.url, client_id, client_secret)

    def output(self) -> str:
        """What the simulator printed lately (its last lines), for a failure's report."""
        return self._output()

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        atexit.unregister(self.stop)
        self._stop()

    def __enter__(self) -> "Simulator":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
