# The plugin's own tests load it from this folder (a partner's project loads it through the
# package's pytest11 entry point, or the same line in its conftest.py: docs/python.md).
pytest_plugins = ["vipm_sim.pytest_plugin", "pytester"]
