"""Issue 13: the wheel as a user installs it — LICENSE and the pytest plugin inside, and
a user's own test project running against it in a fresh virtual environment."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from doc_snippets import defines_tests, markdown_blocks
from fresh_env import fresh_venv, pip

ROOT = Path(__file__).resolve().parent.parent

USER_TESTS = """
import pytest

from roundtable import WaitTimeoutError
from roundtable.exceptions import NotFoundError


@pytest.mark.asyncio
async def test_my_agent(roundtable_client):
    workspace = await roundtable_client.workspaces.create(name="t")
    assert workspace.status == "active"
    with pytest.raises(NotFoundError):
        await roundtable_client.workspaces.get("ws_missing")


def test_my_script(roundtable_sync_client):
    roundtable_sync_client.workspaces.create(name="s")
    assert roundtable_sync_client.workspaces.list().count == 1


@pytest.mark.asyncio
async def test_faults_cost_no_real_sleep(roundtable_server, roundtable_client, roundtable_clock):
    roundtable_server.faults.inject("status", status=503, count=2)
    assert (await roundtable_client.health_check()).status == "degraded"  # as today's server
    assert len(roundtable_clock.slept) == 2


@pytest.mark.roundtable_profile("documented")
@pytest.mark.asyncio
async def test_a_collaboration_finishes_on_the_documented_server(roundtable_client):
    workspace = await roundtable_client.workspaces.create(name="w")
    sandbox = await roundtable_client.sandboxes.create(
        workspace.workspace_id, "a", {"primary_agent": "a"}
    )
    started = await roundtable_client.collaborations.orchestrate(
        workspace.workspace_id, "t", [sandbox.sandbox_id]
    )
    done = await roundtable_client.collaborations.wait(started.collaboration_id, timeout=600)
    assert done.status == "completed"


@pytest.mark.asyncio
async def test_today_s_server_never_finishes_one(roundtable_client, roundtable_clock):
    workspace = await roundtable_client.workspaces.create(name="w")
    sandbox = await roundtable_client.sandboxes.create(
        workspace.workspace_id, "a", {"primary_agent": "a"}
    )
    started = await roundtable_client.collaborations.orchestrate(
        workspace.workspace_id, "t", [sandbox.sandbox_id]
    )
    with pytest.raises(WaitTimeoutError):
        await roundtable_client.collaborations.wait(started.collaboration_id, timeout=600)
    assert sum(roundtable_clock.slept) >= 600  # ten minutes passed, on the test's clock
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("roundtable_sdk-*.whl")
    return found


def test_the_wheel_holds_the_license_and_the_pytest_plugin(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[pytest11]" in text and "roundtable._pytest_plugin" in text
    assert "roundtable/py.typed" in names


@pytest.fixture(scope="module")
def kit_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel and its `testing` extra, as a user installs it."""
    return fresh_venv(tmp_path_factory.mktemp("kit") / "venv", f"{wheel}[testing]")


def test_a_user_project_runs_against_the_installed_wheel(kit_python: Path, tmp_path: Path) -> None:
    python = kit_python
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_agent.py").write_text(USER_TESTS)
    # The test modules the README and docs show users run here too, as they would.
    shown = [code for _, code in markdown_blocks() if defines_tests(code)]
    for number, code in enumerate(shown, start=1):
        (project / f"test_from_docs_{number}.py").write_text(code)
    expected = 5 + sum(len(re.findall(r"^(?:async )?def test_", code, re.M)) for code in shown)
    ran = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert len(shown) >= 2 and f"{expected} passed" in ran.stdout, ran.stdout
    # No dev tool came with it.
    tools = pip(python, "list", "--format=freeze").stdout.lower()
    assert "mypy" not in tools and "openapi-python-client" not in tools


def test_make_demo_installs_the_sdk_with_its_testing_extra_and_no_dev_tool() -> None:
    plan = subprocess.run(
        ["make", "-n", "-B", "demo"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    installs = [line for line in plan.splitlines() if "pip install" in line]
    assert any("-e '.[testing]'" in line for line in installs), plan
    assert not any("dev" in line for line in installs), plan
    assert ".venv-demo/bin/python scripts/demo.py" in plan


def test_pytest_starts_where_the_sdk_is_installed_without_its_testing_extra(
    wheel: Path, tmp_path: Path
) -> None:
    # The pytest11 entry point comes with every install: it must not break pytest for
    # users who never asked for the reference server.
    python = fresh_venv(tmp_path / "venv", str(wheel), "pytest")
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_plain.py").write_text(
        "import roundtable\n\n\ndef test_plain():\n    assert roundtable.RoundTableClient\n\n\n"
        "def test_a_fixture_says_what_to_install(roundtable_server):\n    pass\n"
    )
    ran = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "1 passed, 1 error" in ran.stdout, ran.stdout + ran.stderr
    assert "pip install 'roundtable-sdk[server]'" in ran.stdout


HOST_CODE = '''"""A host service that vendors the SDK."""

from acme._vendor.rt import RoundTableClient


async def workspace_names(client: RoundTableClient) -> list[str]:
    page = await client.workspaces.list()
    return [summary.name for summary in page.workspaces]
'''

HOST_CONFTEST = 'pytest_plugins = ["acme._vendor.rt._pytest_plugin"]\n'

HOST_TESTS = """
import pytest

from acme import workspace_names
from acme._vendor.rt import RoundTableClient
from acme._vendor.rt.testing import serve_process


@pytest.mark.asyncio
async def test_the_copys_fixtures_serve_the_copy(roundtable_client):
    assert isinstance(roundtable_client, RoundTableClient)  # the copy's class, not roundtable's
    await roundtable_client.workspaces.create(name="vendored")
    assert await workspace_names(roundtable_client) == ["vendored"]


@pytest.mark.asyncio
async def test_serve_process_runs_the_copy(tmp_path):
    with serve_process("--api-key", "k") as (base_url, key):
        async with RoundTableClient(key, base_url) as client:
            assert (await client.system_info()).name == "acme copy"
"""

# Runs the quick-start with the installed `roundtable` made unimportable: only the copy.
QUICKSTART_RUNNER = """
import os, runpy, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from acme._vendor.rt.testing import serve_process
sys.modules["roundtable"] = None
with serve_process("--api-key", "your-api-key") as (base_url, key):
    os.environ.update(ROUND_TABLE_BASE_URL=base_url, ROUND_TABLE_API_KEY=key)
    runpy.run_path(sys.argv[3], run_name="__main__")
"""


def _vendor(host: Path) -> None:
    copy = host / "acme" / "_vendor" / "rt"
    shutil.copytree(ROOT / "roundtable", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (host / "acme" / "__init__.py").write_text(HOST_CODE)
    (host / "acme" / "_vendor" / "__init__.py").write_text("")
    # Told apart from the installed package's server by its name alone.
    state = copy / "testing" / "_state.py"
    state.write_text(state.read_text().replace('"Round Table reference server"', '"acme copy"'))
    (host / "conftest.py").write_text(HOST_CONFTEST)
    (host / "test_host.py").write_text(HOST_TESTS)
    examples = host / "examples"
    examples.mkdir()
    for name in ("quickstart.py", "_credentials.py"):
        text = (ROOT / "examples" / name).read_text()
        text = text.replace("from roundtable", "from acme._vendor.rt")
        (examples / name).write_text(text.replace("import roundtable", "import acme._vendor.rt"))


def test_a_copy_vendored_under_another_name_stands_alone(kit_python: Path, tmp_path: Path) -> None:
    """In a fresh environment that has the installed package too: the copy's quick-start,
    its fixtures and serve_process run the copy; the installed package's fixtures cannot
    silently replace the copy's; the host's mypy --strict and ruff pass over the host."""
    host = tmp_path / "host"
    host.mkdir()
    _vendor(host)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(host), "HOME": str(tmp_path)}

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, cwd=host, env=env, capture_output=True, text=True, timeout=300
        )

    quickstart = run(
        str(kit_python),
        "-c",
        QUICKSTART_RUNNER,
        str(host),
        str(host / "examples"),
        str(host / "examples" / "quickstart.py"),
    )
    assert quickstart.returncode == 0, quickstart.stdout + quickstart.stderr
    assert "Collaboration started: " in quickstart.stdout, quickstart.stdout

    # Both the installed package (its pytest11 entry point) and the copy register fixtures.
    clash = run(str(kit_python), "-m", "pytest", "-q", "-p", "no:cacheprovider")
    assert clash.returncode != 0
    assert "two copies of the Round Table SDK" in clash.stdout + clash.stderr
    assert "acme._vendor.rt, roundtable" in clash.stdout + clash.stderr
    # The documented way out: the installed package's plugin off, the copy's on.
    ran = run(
        str(kit_python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:roundtable"
    )
    assert ran.returncode == 0 and "2 passed" in ran.stdout, ran.stdout + ran.stderr

    tools = Path(sys.executable).parent
    typed = run(
        str(tools / "mypy"),
        "--strict",
        "--python-executable",
        str(kit_python),
        "--cache-dir",
        str(tmp_path / "mypy-cache"),
        "-p",
        "acme",
    )
    assert typed.returncode == 0, typed.stdout + typed.stderr
    linted = run(str(tools / "ruff"), "check", "--no-cache", "acme")
    assert linted.returncode == 0, linted.stdout + linted.stderr
