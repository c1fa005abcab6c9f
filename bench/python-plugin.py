"""npm run bench:python [-- ROUNDS]: what the pytest plugin costs a Python suite, on this checkout's
bin/vipm-sim.js (built): starting the session simulator, a reset per test over HTTP, a partner
call, and how long stop() takes until the port refuses connections (the process, and the same
behind a wrapper shell that leaves node running on SIGTERM, as npx does). Prints the median and
the worst of each over the rounds."""
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "clients" / "python"))
from vipm_sim.process import find_command, start_process  # noqa: E402
from tests.support import refuses_connections as refuses  # noqa: E402

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
COMMAND = find_command(str(ROOT / "bin" / "vipm-sim.js"))


def timed(action):
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def stop_until_refused(sim):
    start = time.perf_counter()
    sim.stop()
    while not refuses(sim.url):
        time.sleep(0.005)
    return (time.perf_counter() - start) * 1000


def main():
    results = {name: [] for name in ("start", "reset", "partner GET", "stop", "start (wrapper)", "stop (wrapper)")}
    with tempfile.TemporaryDirectory() as folder:
        wrapper = Path(folder) / "vipm-sim"
        wrapper.write_text(f"#!/bin/sh\n{' '.join(COMMAND)} \"$@\" &\nwait\n")
        wrapper.chmod(0o755)
        for _ in range(ROUNDS):
            ms, sim = timed(lambda: start_process(COMMAND))
            results["start"].append(ms)
            partner = sim.partner()
            partner.token()
            for _ in range(20):
                results["reset"].append(timed(sim.sandbox.reset)[0])
                results["partner GET"].append(timed(lambda: partner.get("/v3/customers/9876543210"))[0])
            results["stop"].append(stop_until_refused(sim))
            ms, wrapped = timed(lambda: start_process([str(wrapper)]))
            results["start (wrapper)"].append(ms)
            results["stop (wrapper)"].append(stop_until_refused(wrapped))
    print(f"pytest plugin, {ROUNDS} rounds, load average {os.getloadavg()[0]:.1f}")
    for name, values in results.items():
        print(f"  {name:16} median {statistics.median(values):8.1f} ms   worst {max(values):8.1f} ms   ({len(values)} samples)")


main()
