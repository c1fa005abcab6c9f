"""The container route, by the commands it builds (running an image is slow: docs/container.md)."""
import pytest

from vipm_sim.container import container_engine, published_port, run_command
from vipm_sim.process import SimulatorStartError


def test_the_image_runs_detached_on_a_free_loopback_port_with_an_admin_token():
    assert run_command("podman", "registry.example.com/vipm-sim:0.1.0", "t0k") == [
        "podman", "run", "--rm", "--detach", "--publish", "127.0.0.1::3000",
        "--env", "VIPM_SIM_ADMIN_TOKEN=t0k", "registry.example.com/vipm-sim:0.1.0"]


def test_extra_serve_options_keep_the_image_listening_on_all_interfaces():
    command = run_command("docker", "vipm-sim", "t0k", ["--activation-delay", "PT0S"])
    assert command[-6:] == ["vipm-sim", "serve", "--host", "0.0.0.0", "--activation-delay", "PT0S"]


def test_the_published_port_is_read_from_the_engine_s_port_command():
    assert published_port("127.0.0.1:49153\n") == 49153
    assert published_port("0.0.0.0:40001\n[::]:40001\n") == 40001
    with pytest.raises(SimulatorStartError):
        published_port("")


def test_an_engine_named_explicitly_is_used_as_given():
    assert container_engine("nerdctl") == "nerdctl"


def test_without_docker_or_podman_the_image_route_says_what_it_needs(monkeypatch):
    monkeypatch.setenv("PATH", "")
    with pytest.raises(SimulatorStartError, match="docker or podman"):
        container_engine()
