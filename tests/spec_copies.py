"""Generation from a changed copy of openapi.yaml, for the tests of spec changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def generate_from(spec: dict[str, Any], folder: Path) -> subprocess.CompletedProcess[str]:
    """Write `spec` to `folder`/openapi.yaml and generate `folder`/roundtable from it."""
    spec_path = folder / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--spec",
            str(spec_path),
            "--output",
            str(folder / "roundtable"),
        ],
        capture_output=True,
        text=True,
    )
