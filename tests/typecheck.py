"""mypy for the tests that type-check code as users write it, each test with a cache of
its own under .mypy_cache/tests/: a warm run rechecks only what changed (the code under
test, a package generated anew), not the standard library, httpx and attrs each time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def mypy(
    *arguments: str, cache: str, cwd: Path, mypypath: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`mypy *arguments` from `cwd`, caching under `.mypy_cache/tests/<cache>` (one folder
    per caller: two mypy processes never write one cache)."""
    env = dict(os.environ)
    if mypypath is not None:
        env["MYPYPATH"] = str(mypypath)
    folder = ROOT / ".mypy_cache" / "tests" / cache
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(folder), *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
    )
