"""Runs at interpreter start-up when Tools/python is on PYTHONPATH: installs the asyncviz harness."""

import sim

sim.install()
