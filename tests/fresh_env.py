"""Fresh virtual environments for the tests that install the SDK as users do, from the
wheelhouse `make setup` downloads: no network once set up, and no pip inside them (the
suite's own pip installs into them, which saves ensurepip's seconds per environment)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = ROOT / ".venv" / "wheelhouse"


def pip(python: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """The suite's pip, acting on the environment of `python`."""
    return subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), *arguments],
        capture_output=True,
        text=True,
    )


def fresh_venv(folder: Path, *requirements: str) -> Path:
    """A new environment at `folder` holding `requirements` (from the wheelhouse only); its
    python."""
    if not (WHEELHOUSE / ".complete").exists():
        pytest.fail(f"{WHEELHOUSE} is missing: run `make setup` (it downloads the wheelhouse)")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    installed = pip(
        python, "install", "--quiet", "--no-index", "--find-links", str(WHEELHOUSE), *requirements
    )
    assert installed.returncode == 0, installed.stderr
    return python
