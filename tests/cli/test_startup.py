"""The CLI starts without loading the statistics stack: `marsad --help` must not pay for scipy."""

from __future__ import annotations

import subprocess
import sys

PROBE = (
    "import sys\n"
    "from marsad.cli.app import build_app\n"
    "build_app()\n"
    "print(','.join(sorted(m for m in ('scipy', 'statsmodels', 'sklearn') if m in sys.modules)))\n"
)


def test_building_the_cli_does_not_import_scipy_statsmodels_or_sklearn() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_statistics_commands_still_load_their_stack_when_run() -> None:
    probe = PROBE.replace("build_app()\n", "build_app()\nimport marsad.analyze.trends\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "scipy" in out.stdout  # the probe itself can tell scipy was loaded
