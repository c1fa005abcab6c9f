"""Which vipm-sim the plugin runs: VIPM_SIM_BIN / --vipm-sim-bin, the installed npm package, PATH."""
import os
import stat

import pytest

from vipm_sim.process import SimulatorStartError, find_command


def make_checkout(root):
    script = root / "bin" / "vipm-sim.js"
    script.parent.mkdir(parents=True)
    script.write_text("// vipm-sim\n")
    return script


def test_a_checkout_folder_runs_its_bin_with_node(tmp_path):
    script = make_checkout(tmp_path)
    assert find_command(env={"VIPM_SIM_BIN": str(tmp_path)}) == ["node", str(script)]


def test_a_js_file_runs_with_the_node_of_VIPM_SIM_NODE(tmp_path, monkeypatch):
    script = make_checkout(tmp_path)
    monkeypatch.setenv("VIPM_SIM_NODE", "/opt/node24/bin/node")
    assert find_command(env={"VIPM_SIM_BIN": str(script)}) == ["/opt/node24/bin/node", str(script)]


def test_an_executable_runs_as_it_is_and_the_argument_wins_over_the_environment(tmp_path):
    shim = tmp_path / "vipm-sim"
    shim.write_text("#!/bin/sh\n")
    assert find_command(str(shim), env={"VIPM_SIM_BIN": "/nowhere"}) == [str(shim)]


def test_a_VIPM_SIM_BIN_naming_nothing_says_so(tmp_path):
    with pytest.raises(SimulatorStartError, match="VIPM_SIM_BIN"):
        find_command(env={"VIPM_SIM_BIN": str(tmp_path / "missing")})


def test_the_npm_package_installed_in_the_project_or_a_folder_above(tmp_path):
    script = make_checkout(tmp_path / "node_modules" / "vipm-sim")
    nested = tmp_path / "services" / "billing"
    nested.mkdir(parents=True)
    assert find_command(start_dir=nested, env={"PATH": ""}) == ["node", str(script)]


def test_vipm_sim_on_PATH_last(tmp_path):
    on_path = tmp_path / "vipm-sim"
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(on_path.stat().st_mode | stat.S_IXUSR)
    assert find_command(start_dir=tmp_path, env={"PATH": str(tmp_path)}) == [str(on_path)]


def test_nothing_found_says_how_to_install_or_point_at_one(tmp_path):
    with pytest.raises(SimulatorStartError, match="npm i -D vipm-sim.*VIPM_SIM_BIN"):
        find_command(start_dir=tmp_path, env={"PATH": os.devnull})
