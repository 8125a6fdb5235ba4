"""The whole quick-start (examples/quickstart.py) against the reference server:
in-process, over a real socket, under injected failures, and as `make demo` runs it."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable import RetryPolicy, RoundTableClient
from roundtable.testing import IN_PROCESS_BASE_URL, ReferenceServer

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART_KEY = "your-api-key"

TRANSCRIPT = """\
== Complete Example
Collaboration started: <id>
Status: running

== Workspaces
Created workspace: <id>
My Project: <id>
Workspace: My Project
Status: active
Created: <time>
Updated: Updated Name (New description)

== Sandboxes
Created sandbox: <id>
Created sandbox: <id>
Research Agent: provisioning
Analyst: provisioning
Status: running
Status: running
Uptime: <seconds>
Status: stopped
Status: stopped
Uptime: n/a (not running)

== Messages
Message sent: <id>
From: <id>
Content: {{'type': 'request', 'action': 'analyze', 'data': {{'key': 'value'}}}}
Status: {delivery}
Content: {{'type': 'request', 'action': 'analyze', 'data': {{'key': 'value'}}}}
Broadcast reached {broadcast} sandbox(es)
Messages sent: {sent}
Messages received: {received}

== Collaborations
Collaboration ID: <id>
Status: running
Progress: {progress}
Found 2 agents:
  - Research Agent: researcher
  - Analyst: analyst

== System
System status: {health}
Version: 0.1.0-reference
Environment: reference
Total sandboxes: 2
Total messages: {total_messages}

== Error handling
Resource not found: 404 on GET /api/v1/workspaces/ws_nonexistent: Workspace ws_nonexistent not found

== Cleanup
Deleted the sandboxes and the workspace
"""
# Where the two servers differ, as the docs name each difference (README, "Testing").
EXPECTED = {
    # Today's server: messages stay pending, are not counted per sandbox, broadcasts are
    # not stored and ignore their sender, and a collaboration plans participants + 1 steps
    # whatever max_rounds says; its health check reports its message bus disconnected.
    "today": TRANSCRIPT.format(
        health="degraded",
        delivery="pending",
        broadcast=2,
        sent="not reported by this server",
        received="not reported by this server",
        progress="10% (step 1 of 3: Collaboration started)",
        total_messages=1,
    ),
    "documented": TRANSCRIPT.format(
        health="healthy",
        delivery="delivered",
        broadcast=1,
        sent=2,
        received=0,
        progress="0% (step 1 of 10: Collaboration started)",
        total_messages=2,
    ),
}


def normalize(output: str) -> str:
    output = re.sub(r"\b(ws|sb|msg|col|usr)_[0-9a-f]{10}\b", "<id>", output)
    output = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00", "<time>", output)
    return re.sub(r"Uptime: \d+(\.\d+)?", "Uptime: <seconds>", output)


@pytest.fixture
def quickstart():
    spec = importlib.util.spec_from_file_location("quickstart", ROOT / "examples" / "quickstart.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def _no_sleep(_seconds: float) -> None:
    return None


def _in_process(monkeypatch, quickstart, server, **options):
    def connect(api_key=None, base_url=None, **kwargs):
        return RoundTableClient(
            api_key, IN_PROCESS_BASE_URL, transport=server.transport(), **options, **kwargs
        )

    monkeypatch.setattr(quickstart, "RoundTableClient", connect)
    monkeypatch.setenv("ROUND_TABLE_API_KEY", QUICKSTART_KEY)


@pytest.mark.parametrize("profile", ["today", "documented"])
async def test_the_quickstart_in_process(monkeypatch, quickstart, capsys, profile):
    server = ReferenceServer([QUICKSTART_KEY], profile=profile)
    _in_process(monkeypatch, quickstart, server)
    await quickstart.main()
    assert normalize(capsys.readouterr().out) == EXPECTED[profile]
    assert server.world.workspaces == {} and server.world.sandboxes == {}


async def test_the_quickstart_over_a_real_socket(monkeypatch, quickstart, capsys):
    server = ReferenceServer([QUICKSTART_KEY])
    with server.serve() as base_url:
        monkeypatch.setenv("ROUND_TABLE_BASE_URL", base_url)
        monkeypatch.setenv("ROUND_TABLE_API_KEY", QUICKSTART_KEY)
        await quickstart.main()
    assert normalize(capsys.readouterr().out) == EXPECTED["today"]


# On the documented server only: today's ignores Idempotency-Key, so a POST whose answer
# is lost cannot be sent again, and the SDK says so with a typed error instead.
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_the_quickstart_prints_the_same_with_20_percent_failures(
    monkeypatch, quickstart, capsys, seed
):
    server = ReferenceServer([QUICKSTART_KEY], fault_seed=seed, profile="documented")
    server.faults.inject_mix(0.2)
    retry = RetryPolicy(max_retries=8, sleep=_no_sleep)
    _in_process(monkeypatch, quickstart, server, retry_policy=retry)
    await quickstart.main()
    assert normalize(capsys.readouterr().out) == EXPECTED["documented"]
    assert server.faults.injected >= 5
    assert server.world.workspaces == {} and server.world.messages == {}


def _demo(*options: str) -> tuple[str, str, list[str]]:
    """scripts/demo.py (what `make demo` runs): its header, the quick-start's transcript,
    and the other examples' output, each from its `### path` line."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), *options],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    header, _, rest = result.stdout.partition("\n")
    assert header.startswith("The quick-start against the bundled reference server")
    transcript, *examples = rest.split("\n### ")
    assert "None" not in transcript
    return header, normalize(transcript.rstrip("\n") + "\n"), examples


def test_make_demo_runs_the_quickstart_and_says_which_server_it_plays():
    header, transcript, examples = _demo()
    assert "profile today: " in header
    assert transcript == EXPECTED["today"]
    rest = "\n### ".join(examples)
    ran = {example.split("\n", 1)[0].split()[0] for example in examples}
    assert ran == {
        "examples/quickstart_sync.py",
        "examples/login_and_renewal.py",
        "examples/pagination.py",
        "examples/retries_and_options.py",
        "examples/wait_for_collaboration.py",
        "examples/watch_workspace.py",
        "examples/test_your_code.py",
    }
    assert "Messages reached: [0, 1, 2, 3, 4, 5, 6]" in rest
    assert "3 passed" in rest
    assert "Turns in order: True" in rest


def test_the_sync_quickstart_prints_what_the_async_one_does(monkeypatch, capsys):
    spec = importlib.util.spec_from_file_location(
        "quickstart_sync", ROOT / "examples" / "quickstart_sync.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = ReferenceServer([QUICKSTART_KEY])

    def connect(api_key=None, base_url=None, **kwargs):
        from roundtable import SyncRoundTableClient

        return SyncRoundTableClient(
            api_key, IN_PROCESS_BASE_URL, transport=server.sync_transport(), **kwargs
        )

    monkeypatch.setattr(module, "SyncRoundTableClient", connect)
    monkeypatch.setenv("ROUND_TABLE_API_KEY", QUICKSTART_KEY)
    module.main()
    assert normalize(capsys.readouterr().out) == EXPECTED["today"]
    assert server.world.workspaces == {} and server.world.sandboxes == {}
