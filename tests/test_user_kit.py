"""Issue 13: the wheel as a user installs it — LICENSE and the pytest plugin inside, and
a user's own test project running against it in a fresh virtual environment."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from doc_snippets import defines_tests, markdown_blocks

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


def test_a_user_project_runs_against_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", f"{wheel}[testing]"],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr
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
    tools = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True
    ).stdout.lower()
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
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel), "pytest"],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr
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
