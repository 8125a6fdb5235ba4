"""`make check-additive`: the whole of `make test` passes after each additive spec change.

For each of the additive changes users make (an optional response field, an enum value, an
endpoint: `tests/spec_copies.py`), one at a time: a temporary clone of the repository's
HEAD gets the change in its `openapi.yaml`, `make generate` (whose report must class it as
additive), and then `make test`, the README's test command, in full. The clone shares this
checkout's `.venv` (and its wheelhouse) and puts its own package first on the path, so
nothing is downloaded or installed.

A new endpoint has no recording of the real server yet: the one test that asks every
operation for one is left out for it, and only for it (taking the recording is the
contributor's step, CONTRIBUTING.md).

    make check-additive                 # all three
    python scripts/suite_after_additive_changes.py endpoint

Exits non-zero naming the change whose suite failed, with the end of its output.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import yaml
from spec_changes import load_spec

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from spec_copies import NEEDS_A_RECORDING, endpoint, enum_value, optional_field  # noqa: E402

# Named apart from the tests' own examples (`test_spec_report.py` applies those to the spec
# it finds, which here carries this change already), and described, as every field of the
# contract is (the docs check requires it).
ADDITIVE_CHANGES = {
    "optional_field": partial(
        optional_field, name="retired_at", description="When it was retired, if it was."
    ),
    "enum_value": partial(enum_value, value="frozen"),
    "endpoint": partial(endpoint, name="usage"),
}

# Seconds one change may take (generation and the whole suite); a hang fails, not waits.
TIME_LIMIT = 900


def prepared_clone(folder: Path, change_name: str) -> Path:
    """A clone of HEAD whose spec carries the change, and which uses this checkout's venv."""
    clone = folder / "clone"
    subprocess.run(["git", "clone", "-q", "--local", str(ROOT), str(clone)], check=True)
    (clone / ".venv").symlink_to(ROOT / ".venv")
    # The venv was set up after this pyproject.toml: make must not build it again.
    stamp = (ROOT / ".venv" / ".installed").stat().st_mtime
    os.utime(clone / "pyproject.toml", (stamp - 1, stamp - 1))
    # mypy reads its cache by content: the unchanged modules need no second check.
    if (ROOT / ".mypy_cache").is_dir():
        shutil.copytree(ROOT / ".mypy_cache", clone / ".mypy_cache", symlinks=True)
    spec_path = clone / "openapi.yaml"
    spec = load_spec(spec_path.read_text(encoding="utf-8"))
    ADDITIVE_CHANGES[change_name](spec)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return clone


def run_in(clone: Path, target: str, change_name: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        # The clone's package, not the checkout's (installed editable into the shared venv).
        "PYTHONPATH": str(clone),
        "PYTEST_ADDOPTS": " ".join(NEEDS_A_RECORDING) if change_name == "endpoint" else "",
    }
    env.pop("ROUNDTABLE_TEST_SPEC", None)
    return subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
    )


def check(change_name: str) -> str | None:
    """None when the suite passed after the change; else what failed."""
    with tempfile.TemporaryDirectory(prefix=f"additive-{change_name}-") as folder:
        clone = prepared_clone(Path(folder), change_name)
        generated = run_in(clone, "generate", change_name)
        if generated.returncode != 0:
            return f"make generate failed:\n{generated.stdout[-2000:]}{generated.stderr[-2000:]}"
        if "Additive" not in generated.stdout or "Breaking" in generated.stdout:
            return f"the change report does not class it as additive:\n{generated.stdout}"
        where = subprocess.run(
            [sys.executable, "-c", "import roundtable; print(roundtable.__file__)"],
            cwd=clone / "tests",
            env={**os.environ, "PYTHONPATH": str(clone)},
            capture_output=True,
            text=True,
        )
        if not where.stdout.startswith(str(clone)):
            return f"the suite would test another package: {where.stdout}{where.stderr}"
        tested = run_in(clone, "test", change_name)
        if tested.returncode != 0:
            return f"make test failed:\n{tested.stdout[-4000:]}{tested.stderr[-2000:]}"
        summary = tested.stdout.strip().splitlines()[-1]
        print(f"{change_name}: make test after the change: {summary}")
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("changes", nargs="*", help=f"of {', '.join(ADDITIVE_CHANGES)} (all)")
    names = parser.parse_args().changes or list(ADDITIVE_CHANGES)
    unknown = [name for name in names if name not in ADDITIVE_CHANGES]
    if unknown:
        parser.error(f"no such change: {', '.join(unknown)}")
    failed = []
    for name in names:
        started = time.monotonic()
        problem = check(name)
        print(
            f"{name}: {'passed' if problem is None else 'FAILED'} in "
            f"{time.monotonic() - started:.0f} s"
        )
        if problem is not None:
            print(problem)
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
