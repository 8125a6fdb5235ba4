"""The pipeline: generation reproduces the committed tree, the copy vendors, the wheel is whole."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "roundtable"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_generation_reproduces_the_package_byte_for_byte():
    """`make check-generated`'s check, run once in `make test`: on a clean clone (CI) it
    proves the committed tree is what generation makes."""
    checked = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


def test_the_check_names_a_file_that_is_not_what_generation_makes(tmp_path):
    copy = tmp_path / "roundtable"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "models" / "workspace.py").write_text("# edited by hand\n")
    (copy / "stray.py").write_text("")
    checked = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check", "--output", str(copy)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 1
    assert "models/workspace.py" in checked.stderr and "stray.py (not generated)" in checked.stderr
    assert "make generate" in checked.stderr


def test_custom_is_laid_over_the_generated_code_unchanged():
    """Byte for byte, but for the resources' raw twins: a resource class is declared
    `Resource["<Name>WithRawResponse"]` and its twin is appended after its own code."""
    custom = ROOT / "custom"
    for path in custom.rglob("*.py"):
        laid = (PACKAGE / path.relative_to(custom)).read_text(encoding="utf-8")
        own = path.read_text(encoding="utf-8")
        twins = re.findall(r"^class (\w+)\(Resource\):$", own, flags=re.MULTILINE)
        for name in twins:
            own = own.replace(
                f"class {name}(Resource):", f'class {name}(Resource["{name}WithRawResponse"]):'
            )
            assert f"\nclass {name}WithRawResponse:\n" in laid, path
        assert laid.startswith(own) if twins else laid == own, path


VENDORED_SCRIPT = """
import sys
sys.modules["roundtable"] = None  # any absolute import of the original now fails
import asyncio, httpx
import acme_rt
from acme_rt.exceptions import NotFoundError

def answer(request):
    if request.url.path.endswith("/ws_1"):
        return httpx.Response(200, json={"success": True, "meta": None, "data": {
            "workspace_id": "ws_1", "user_id": "usr_1", "name": "Vendored", "description": None,
            "settings": {"max_sandboxes": 10, "auto_cleanup": True, "retention_days": 30,
                         "collaboration_policy": {}},
            "is_active": True, "created_at": "2026-11-26T06:37:25",
            "updated_at": "2026-11-26T06:37:25"}})
    return httpx.Response(404, json={"detail": "Workspace ws_2 not found"})

async def main():
    async with acme_rt.RoundTableClient("key", transport=httpx.MockTransport(answer)) as client:
        workspace = await client.workspaces.get("ws_1")
        print(workspace.name, workspace.status)
        try:
            await client.workspaces.get("ws_2")
        except NotFoundError as error:
            print("NotFoundError", error.message)

asyncio.run(main())
"""


def test_the_package_imports_and_works_when_vendored_under_another_name(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "acme_rt", ignore=shutil.ignore_patterns("__pycache__"))
    result = subprocess.run(
        [sys.executable, "-c", VENDORED_SCRIPT],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Vendored active",
        "NotFoundError Workspace ws_2 not found",
    ]


def test_the_wheel_holds_the_whole_package_and_nothing_else(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("roundtable_sdk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    packaged = {name for name in names if not name.startswith("roundtable_sdk-")}
    assert packaged == {f"roundtable/{name}" for name in _tree(PACKAGE)}
    assert "roundtable/py.typed" in packaged
    assert "roundtable/testing/openapi.json" in packaged
    metadata = next(name for name in names if name.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Python: >=3.11" in text
    assert "Provides-Extra: server" in text


def _typecheck_command(tree: Path) -> str:
    planned = subprocess.run(
        ["make", "-s", "-n", "typecheck"], cwd=tree, capture_output=True, text=True, check=True
    )
    return planned.stdout.splitlines()[0]


def test_mypy_keeps_a_cache_per_set_of_modules(tmp_path):
    """A module removed and restored (a spec change tried and undone) never meets a cache
    written while it was gone: the cache folder follows the set of modules."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / ".installed").write_text("")  # set up after pyproject.toml
    for path in PACKAGE.rglob("*.py"):
        target = tmp_path / "roundtable" / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("")
    (tmp_path / "custom").mkdir()
    before = _typecheck_command(tmp_path)
    removed = tmp_path / "roundtable" / "models" / "workspace.py"
    removed.unlink()
    without = _typecheck_command(tmp_path)
    removed.write_text("")
    assert "--cache-dir .mypy_cache/" in before
    assert without != before and _typecheck_command(tmp_path) == before


VENDORED_SERVER = """
import sys
from acme._vendor.rt.testing import serve_process
import httpx

with serve_process() as (base_url, key):
    info = httpx.get(base_url + "/system/info").json()["data"]
print(info["name"])
"""


def test_a_vendored_copy_serves_its_own_reference_server_and_knows_its_spec(tmp_path):
    """With the installed roundtable present too (this environment has it): the copy's
    serve_process runs the copy's server, and `python -m <copy>` verifies the copy."""
    copy = tmp_path / "acme" / "_vendor" / "rt"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for package in (tmp_path / "acme", tmp_path / "acme" / "_vendor"):
        (package / "__init__.py").write_text("")
    state = copy / "testing" / "_state.py"
    state.write_text(state.read_text().replace('"Round Table reference server"', '"acme copy"'))
    env = {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}
    served = subprocess.run(
        [sys.executable, "-c", VENDORED_SERVER],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert served.returncode == 0, served.stderr
    assert served.stdout.strip() == "acme copy"  # not the installed package's server

    def verify() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "acme._vendor.rt"]
        return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)

    checked = verify()
    assert checked.returncode == 1  # the server's name was edited above
    assert "generated from openapi.yaml" in checked.stdout
    assert checked.stdout.splitlines()[-1].strip() == "testing/_state.py"
    state.write_text(state.read_text().replace('"acme copy"', '"Round Table reference server"'))
    unedited = verify()
    assert unedited.returncode == 0 and "unedited" in unedited.stdout


def test_a_hosts_ruff_leaves_a_vendored_copy_alone(tmp_path):
    """The host's own code is still linted; the copy (checked here by mypy --strict, as a
    host's mypy sees it: `make typecheck` runs plain --strict over the whole package)."""
    shutil.copytree(PACKAGE, tmp_path / "acme" / "rt", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "acme" / "__init__.py").write_text("import os, sys\n")  # two unused imports
    ruff = str(Path(sys.executable).parent / "ruff")
    checked = subprocess.run([ruff, "check", "acme"], cwd=tmp_path, capture_output=True, text=True)
    assert checked.returncode == 1
    assert "acme/__init__.py" in checked.stdout and "acme/rt/" not in checked.stdout
    formatted = subprocess.run(
        [ruff, "format", "--check", "acme"], cwd=tmp_path, capture_output=True, text=True
    )
    assert "acme/rt/" not in formatted.stdout + formatted.stderr


def test_the_sync_quickstart_is_derived_from_the_async_one():
    """examples/quickstart_sync.py is no hand-kept copy: `make generate` writes it from
    examples/quickstart.py as it derives the sync client, and it is committed as made."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    derived = generate.sync_quickstart()
    assert "SyncRoundTableClient" in derived and "await " not in derived
    assert (ROOT / "examples" / "quickstart_sync.py").read_text(encoding="utf-8") == derived
