"""A server ahead of the spec (or a broken one): each kind of unexpected value, through the
SDK, in both modes. Lenient (the default): what fits is read, what does not is None (or
converted without loss), one warning per place. Strict: MalformedResponseError naming every
place, with the item index."""

from __future__ import annotations

import copy
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from roundtable import (
    MalformedResponseError,
    MalformedResponseWarning,
    RoundTableClient,
    SyncRoundTableClient,
    _lenient,
)

import wire

WORKSPACE = wire.sample("GET /workspaces/{id}").json()
LISTING = wire.sample("GET /workspaces (list)").json()
SANDBOX = wire.sample("GET /sandboxes/{id}").json()


@pytest.fixture(autouse=True)
def _fresh_warnings() -> Iterator[None]:
    # Warnings are once per place and process: each test starts as a new process would.
    _lenient._warned.clear()
    yield
    _lenient._warned.clear()


def _serving(body: dict[str, Any]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=body))


def _edited(body: dict[str, Any], edit: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    changed = copy.deepcopy(body)
    edit(changed["data"])
    return changed


async def _get_workspace(body: dict[str, Any], *, strict: bool = False) -> Any:
    async with RoundTableClient(
        "k", "http://rt.test", transport=_serving(body), strict_responses=strict
    ) as client:
        return await client.workspaces.get("ws_1")


def _read_leniently(call: Callable[[], Any]) -> tuple[Any, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    said = [str(w.message) for w in caught if issubclass(w.category, MalformedResponseWarning)]
    return result, said


# (what is unexpected, the edit of the workspace's data, the attribute, what it reads
# leniently, the problem named)
FIELD_CASES = [
    ("null string", lambda d: d.update(name=None), "name", None, "Workspace.name: null"),
    (
        "missing key",
        lambda d: d.pop("created_at"),
        "created_at",
        None,
        "Workspace.created_at: missing",
    ),
    (
        "null object",
        lambda d: d.update(settings=None),
        "settings",
        None,
        "Workspace.settings: null",
    ),
    (
        "wrong type, convertible",
        lambda d: d.update(is_active="false"),
        "is_active",
        False,
        "Workspace.is_active: expected a boolean, got a string (converted)",
    ),
    (
        "wrong type, not convertible",
        lambda d: d.update(is_active="maybe"),
        "is_active",
        None,
        "Workspace.is_active: expected a boolean, got a string",
    ),
    (
        "timestamp that is not one",
        lambda d: d.update(updated_at="yesterday"),
        "updated_at",
        None,
        "Workspace.updated_at: expected an ISO 8601 timestamp",
    ),
    (
        "nested wrong type",
        lambda d: d["settings"].update(max_sandboxes="many"),
        "settings.max_sandboxes",
        None,
        "Workspace.settings.max_sandboxes: expected an integer, got a string",
    ),
]


def _attribute(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize(
    ("edit", "attribute", "expected", "problem"),
    [case[1:] for case in FIELD_CASES],
    ids=[case[0] for case in FIELD_CASES],
)
async def test_lenient_reads_the_rest_and_warns_naming_the_place(
    edit, attribute, expected, problem
):
    body = _edited(WORKSPACE, edit)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workspace = await _get_workspace(body)
    assert _attribute(workspace, attribute) == expected
    # Everything else is read as usual.
    assert workspace.workspace_id == WORKSPACE["data"]["workspace_id"]
    said = [str(w.message) for w in caught if issubclass(w.category, MalformedResponseWarning)]
    assert len(said) == 1 and problem in said[0], said


@pytest.mark.parametrize(
    ("edit", "problem"),
    [(case[1], case[4]) for case in FIELD_CASES],
    ids=[c[0] for c in FIELD_CASES],
)
async def test_strict_refuses_naming_the_place(edit, problem):
    with pytest.raises(MalformedResponseError) as caught:
        await _get_workspace(_edited(WORKSPACE, edit), strict=True)
    assert any(problem in said for said in caught.value.problems), caught.value.problems
    assert problem in str(caught.value)


async def test_a_convertible_flag_gives_the_derived_status_it_says():
    # is_active="false" once read as True-ish text gave status "active": now "inactive".
    body = _edited(WORKSPACE, lambda d: d.update(is_active="false"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MalformedResponseWarning)
        workspace = await _get_workspace(body)
    assert workspace.is_active is False and workspace.status == "inactive"


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
async def test_unknown_enum_values_and_extra_fields_are_no_problem_in_either_mode(strict):
    body = copy.deepcopy(SANDBOX)
    body["data"]["status"] = "hibernating"
    body["data"]["health"]["status"] = "odd"
    body["data"]["brand_new_field"] = {"x": 1}
    with warnings.catch_warnings():
        warnings.simplefilter("error", MalformedResponseWarning)
        async with RoundTableClient(
            "k", "http://rt.test", transport=_serving(body), strict_responses=strict
        ) as client:
            sandbox = await client.sandboxes.get("sb_1")
    assert sandbox.status == "hibernating"
    assert sandbox.health.status == "odd"
    assert sandbox["brand_new_field"] == {"x": 1}


def _listing_with(bad: Callable[[list[dict[str, Any]]], object]) -> dict[str, Any]:
    body = copy.deepcopy(LISTING)
    items = body["data"]["workspaces"]
    while len(items) < 3:
        items.append({**copy.deepcopy(items[0]), "workspace_id": f"ws_extra{len(items)}"})
    bad(items)
    body["data"]["count"] = len(items)
    return body


def _third_item_null_name(items: list[dict[str, Any]]) -> None:
    items[2]["name"] = None


def _second_item_not_an_object(items: list[dict[str, Any]]) -> None:
    items[1] = 5


async def test_one_bad_item_keeps_the_page_and_iterate_going():
    body = _listing_with(_third_item_null_name)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async with RoundTableClient("k", "http://rt.test", transport=_serving(body)) as client:
            page = await client.workspaces.list()
            iterated = [summary async for summary in client.workspaces.iterate(page_size=100)]
    assert [w.workspace_id for w in page.workspaces] == [
        item["workspace_id"] for item in body["data"]["workspaces"]
    ]
    assert page.workspaces[2].name is None and page.workspaces[0].name is not None
    assert len(iterated) == 3
    said = [str(w.message) for w in caught if issubclass(w.category, MalformedResponseWarning)]
    # Once for the place, not once per call or page.
    assert len(said) == 1 and "WorkspaceList.workspaces[2].name: null" in said[0]


async def test_an_item_that_is_not_an_object_is_left_out_and_said():
    body = _listing_with(_second_item_not_an_object)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async with RoundTableClient("k", "http://rt.test", transport=_serving(body)) as client:
            page = await client.workspaces.list()
    kept = [item["workspace_id"] for item in body["data"]["workspaces"] if isinstance(item, dict)]
    assert [w.workspace_id for w in page.workspaces] == kept
    said = [str(w.message) for w in caught if issubclass(w.category, MalformedResponseWarning)]
    assert any("WorkspaceList.workspaces[1]" in s and "left out" in s for s in said), said


@pytest.mark.parametrize(
    ("bad", "place"),
    [
        (_third_item_null_name, "WorkspaceList.workspaces[2].name: null"),
        (_second_item_not_an_object, "WorkspaceList.workspaces[1]: expected a JSON object"),
    ],
)
async def test_strict_names_the_item_index(bad, place):
    async with RoundTableClient(
        "k", "http://rt.test", transport=_serving(_listing_with(bad)), strict_responses=True
    ) as client:
        with pytest.raises(MalformedResponseError) as caught:
            await client.workspaces.list()
    assert place in str(caught.value)


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
async def test_a_payload_with_none_of_the_models_fields_is_refused_in_both_modes(strict):
    body = {"success": True, "data": {"detail": "something else entirely"}, "meta": None}
    with pytest.raises(MalformedResponseError, match="Workspace: none of its fields"):
        await _get_workspace(body, strict=strict)


async def test_the_warning_is_once_per_place_across_calls():
    body = _edited(WORKSPACE, lambda d: d.update(name=None))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            await _get_workspace(body)
    assert sum(issubclass(w.category, MalformedResponseWarning) for w in caught) == 1


async def test_a_with_options_copy_keeps_strictness():
    body = _edited(WORKSPACE, lambda d: d.update(name=None))
    async with RoundTableClient(
        "k", "http://rt.test", transport=_serving(body), strict_responses=True
    ) as client:
        with pytest.raises(MalformedResponseError):
            await client.with_options(timeout=5).workspaces.get("ws_1")


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_the_sync_client_reads_the_same_way(strict):
    body = _edited(WORKSPACE, lambda d: d.update(is_active="false"))
    with SyncRoundTableClient(
        "k", "http://rt.test", transport=_serving(body), strict_responses=strict
    ) as client:
        if strict:
            with pytest.raises(MalformedResponseError, match="Workspace.is_active"):
                client.workspaces.get("ws_1")
            return
        workspace, said = _read_leniently(lambda: client.workspaces.get("ws_1"))
    assert workspace.is_active is False
    assert len(said) == 1


def test_strict_responses_must_be_a_flag():
    from roundtable import ConfigurationError

    with pytest.raises(ConfigurationError, match="strict_responses"):
        RoundTableClient("k", "http://rt.test", strict_responses="yes")  # type: ignore[arg-type]


def test_the_problems_survive_pickling():
    import pickle

    error = MalformedResponseError(
        "bad",
        response=httpx.Response(200, request=httpx.Request("GET", "http://rt.test/x")),
        problems=["Workspace.name: null"],
    )
    assert pickle.loads(pickle.dumps(error)).problems == ("Workspace.name: null",)
