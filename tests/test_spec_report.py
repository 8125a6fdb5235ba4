"""Issue 19: generation says what a spec change means to users, and a breaking one that
nothing acknowledges fails the check."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
import spec_changes
import yaml
from spec_copies import (
    ADDITIVE_CHANGES,
    NEEDS_A_RECORDING,
    changed_type,
    endpoint,
    enum_value,
    generate_from,
    optional_field,
    removed_operation,
    renamed_field,
    required_request_field,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC = spec_changes.load_spec((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "subject", "words", "breaking"),
    [
        (optional_field, "Workspace.archived_at", "field added", False),
        (enum_value, "KnownSandboxState hibernating", "enum value added", False),
        (endpoint, "get_workspace_stats", "operation added", False),
        (required_request_field, "WorkspaceCreate.owner", "required request field added", True),
        (removed_operation, "get_workspace_config", "operation removed", True),
        (renamed_field, "Workspace.is_active", "renamed to `enabled`", True),
        (changed_type, "Workspace.name", "type string -> integer", True),
    ],
)
def test_each_change_is_named_and_classed(change, subject, words, breaking):
    new = copy.deepcopy(SPEC)
    change(new)
    found = spec_changes.changes(SPEC, new)
    assert [(c.subject, c.breaking) for c in found] == [(subject, breaking)], found
    assert words in found[0].what
    report = spec_changes.report(found)
    assert f"`{subject}`" in report
    assert report.startswith("Breaking" if breaking else "Additive")


def test_no_change_is_reported_as_none():
    assert spec_changes.changes(SPEC, copy.deepcopy(SPEC)) == []


def test_a_breaking_change_needs_a_changelog_line_or_a_major_bump():
    new = copy.deepcopy(SPEC)
    renamed_field(new)
    found = spec_changes.changes(SPEC, new)
    log = "## [Unreleased]\n\n### Added\n- things\n\n## [0.1.0] - 2026-11-26\n"
    assert spec_changes.unacknowledged(found, log, "0.1.0", "0.1.0") == found
    assert spec_changes.unacknowledged(found, log, "0.1.0", "0.1.1") == found  # a patch
    assert spec_changes.unacknowledged(found, log, "0.1.0", "0.2.0") == []  # 0.x: minor
    assert spec_changes.unacknowledged(found, log, "1.4.0", "2.0.0") == []
    acknowledged = log.replace(
        "### Added", "### Breaking\n- `Workspace.is_active` is `enabled` now\n\n### Added"
    )
    assert spec_changes.unacknowledged(found, acknowledged, "0.1.0", "0.1.0") == []
    # The generated report itself does not count as an acknowledgement.
    reported = spec_changes.with_report(log, spec_changes.report(found))
    assert spec_changes.unacknowledged(found, reported, "0.1.0", "0.1.0") == found


def _clone(tmp_path: Path) -> Path:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--local", str(ROOT), str(clone)], check=True)
    return clone


def _run(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(clone / "scripts" / "generate.py"), *args],
        capture_output=True,
        text=True,
        cwd=clone,
    )


def test_generation_reports_into_the_changelog_and_the_check_wants_it_acknowledged(tmp_path):
    clone = _clone(tmp_path)
    spec = spec_changes.load_spec((clone / "openapi.yaml").read_text(encoding="utf-8"))
    workspace = spec["components"]["schemas"]["Workspace"]
    workspace["properties"]["summary"] = workspace["properties"].pop("description")
    (clone / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    refused = _run(clone, "--check")  # before any generation: the gate comes first
    assert refused.returncode == 1
    assert "`Workspace.description`: renamed to `summary`" in refused.stderr
    assert "### Breaking" in refused.stderr
    generated = _run(clone)
    assert generated.returncode == 0, generated.stderr
    assert "`Workspace.description`: renamed to `summary`" in generated.stdout
    changelog = (clone / "CHANGELOG.md").read_text(encoding="utf-8")
    assert spec_changes.START in changelog and "renamed to `summary`" in changelog
    (clone / "CHANGELOG.md").write_text(
        changelog.replace(
            "### Added\n", "### Breaking\n- `Workspace.description` is `summary`\n\n### Added\n", 1
        ),
        encoding="utf-8",
    )
    accepted = _run(clone, "--check")
    assert accepted.returncode == 0, accepted.stderr


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (
            removed_operation,
            "custom/resources/workspaces.py: Workspaces.get_config sends get_workspace_config",
        ),
        (renamed_field, "WorkspaceDerived reads Workspace.is_active, a field no more"),
    ],
)
def test_what_custom_code_relies_on_and_the_spec_lost_fails_generation_by_name(
    change, named, tmp_path
):
    """Not an ImportError of a whole resource, nor a rename that mypy accepts and that
    fails at run time: generation stops, naming the method or the mixin."""
    spec = copy.deepcopy(SPEC)
    change(spec)
    done = generate_from(spec, tmp_path)
    assert done.returncode != 0
    assert named in done.stderr
    assert not (tmp_path / "roundtable").exists()  # nothing half-made was written


def test_the_reference_server_starts_with_whatever_operations_the_spec_has(monkeypatch):
    """Its rules may know an operation the spec dropped: the server serves the rest."""
    import roundtable.api
    from roundtable.testing import ReferenceServer, _app

    kept = tuple(
        op for op in roundtable.api.OPERATIONS if op.operation_id != "get_workspace_config"
    )
    monkeypatch.setattr(_app, "OPERATIONS", kept)
    server = ReferenceServer()
    with server.sync_client() as client:
        workspace = client.workspaces.create(name="still served")
        assert client.workspaces.get(workspace.workspace_id).name == "still served"


# Creates a workspace through a package generated from a spec whose WorkspaceCreate
# requires `owner`, which workspaces.create() does not take.
REQUIRED_FIELD_CALL = """
import asyncio, json, sys, httpx
sys.path[:0] = sys.argv[1:]
import roundtable
assert roundtable.__file__.startswith(sys.argv[1]), roundtable.__file__
from roundtable import InvalidRequestError, RoundTableClient

sent = []
def answer(request):
    sent.append(json.loads(request.content))
    return httpx.Response(422, json={"detail": "stop here"})

async def main():
    async with RoundTableClient("k", "http://rt.test", transport=httpx.MockTransport(answer),
                                max_retries=0) as client:
        try:
            await client.workspaces.create(name="W")
        except InvalidRequestError as error:
            refused = [error.field, str(error)]
        try:
            await client.workspaces.create(name="W", extra_body={"owner": "team-a"})
        except roundtable.ValidationError:
            pass
    print(json.dumps({"refused": refused, "sent": sent}))

asyncio.run(main())
"""


def test_a_new_required_request_field_goes_through_extra_body_or_is_named(tmp_path):
    spec = copy.deepcopy(SPEC)
    required_request_field(spec)
    assert generate_from(spec, tmp_path).returncode == 0
    ran = subprocess.run(
        [sys.executable, "-c", REQUIRED_FIELD_CALL, str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert ran.returncode == 0, ran.stderr
    outcome = json.loads(ran.stdout)
    field, message = outcome["refused"]
    assert field == "owner" and "extra_body" in message
    assert outcome["sent"] == [{"name": "W", "owner": "team-a"}]  # nothing sent without it


# The tests of the surface, the results, the contract and the reference server: what an
# additive change could break.
SUITE_AFTER_A_CHANGE = [
    "tests/test_surface.py",
    "tests/test_result_models.py",
    "tests/test_contract.py",
    "tests/test_reference_server.py",
]


def test_the_suite_passes_on_a_package_generated_after_the_additive_changes(tmp_path):
    """The three additive changes at once (one generation, one run): an additive change
    that broke the suite alone would break it together with the others too."""
    spec = copy.deepcopy(SPEC)
    for change in ADDITIVE_CHANGES.values():
        change(spec)
    generated = generate_from(spec, tmp_path)
    assert generated.returncode == 0, generated.stderr
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(tmp_path)}
    where = subprocess.run(
        [sys.executable, "-P", "-c", "import roundtable; print(roundtable.__file__)"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.stdout.startswith(str(tmp_path)), where.stdout + where.stderr
    ran = subprocess.run(
        # -P: the working directory's roundtable/ must not come first
        [sys.executable, "-P", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist"]
        + SUITE_AFTER_A_CHANGE
        + NEEDS_A_RECORDING,
        cwd=ROOT,
        # The tests' spec is the changed one (tests/wire.py).
        env={**env, "ROUNDTABLE_TEST_SPEC": str(tmp_path / "openapi.yaml")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    # The reference server of the new package serves the changed contract.
    served = json.loads((tmp_path / "roundtable" / "testing" / "openapi.json").read_text())
    assert served == json.loads(json.dumps(spec))


def test_make_check_additive_prepares_a_clone_that_tests_the_changed_package(tmp_path):
    """`make check-additive` (the whole suite after each additive change, minutes long, so
    run by hand) keeps working: its clone carries the change and shares this venv."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import suite_after_additive_changes as check
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert set(check.ADDITIVE_CHANGES) == {"optional_field", "enum_value", "endpoint"}
    clone = check.prepared_clone(tmp_path, "optional_field")
    spec = spec_changes.load_spec((clone / "openapi.yaml").read_text(encoding="utf-8"))
    field = spec["components"]["schemas"]["Workspace"]["properties"]["retired_at"]
    assert field["description"]
    assert (clone / ".venv").resolve() == (ROOT / ".venv").resolve()
    stamp = clone / ".venv" / ".installed"
    assert (clone / "pyproject.toml").stat().st_mtime < stamp.stat().st_mtime
    committed = subprocess.run(
        ["git", "-C", str(clone), "show", "HEAD:openapi.yaml"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = spec_changes.changes(spec_changes.load_spec(committed), spec)
    assert [(change.subject, change.breaking) for change in found] == [
        ("Workspace.retired_at", False)
    ]
