"""Finding 3: a path parameter is one segment, or nothing is sent.

Walks every method of every resource (and every generated request builder), so a method
added later is covered without a new test.
"""

from __future__ import annotations

import inspect

import httpx
import pytest

import roundtable.api
from roundtable import RoundTableClient
from roundtable.exceptions import InvalidRequestError

BAD_IDS = [
    "",
    ".",
    "..",
    "/",
    "ws_1/config",
    "ws_1\\x",
    "ws?x=1",
    "ws#x",
    "ws\n",
    "ws\x00",
    None,
    5,
]
RESOURCES = ["workspaces", "sandboxes", "messages", "collaborations"]


DUMMY = {
    "name": "n",
    "agent_config": {"primary_agent": "a"},
    "content": {"k": 1},
    "task": "t",
    "participants": ["sb_1"],
    "config": {},
}
MARKER = "marker_8c1f"


def _target(client: RoundTableClient, method: str):
    target = client
    for part in method.split("."):
        target = getattr(target, part)
    return target


def _arguments(target, **given):
    arguments = {
        name: "sb_ok" if name.endswith("_id") else DUMMY[name]
        for name, p in inspect.signature(target).parameters.items()
        if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD
    }
    return {**arguments, **given}


def _path_parameters():
    """(method, parameter) for every argument that lands in the URL path (found by sending
    a marker through a mock transport, so a method added later is walked too)."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    client = RoundTableClient("k", "http://rt.test", transport=transport, max_retries=0)
    methods = [
        f"{resource}.{name}"
        for resource in RESOURCES
        for name, _ in inspect.getmembers(getattr(client, resource), inspect.ismethod)
        if not name.startswith("_") and name != "iterate"
    ] + ["aggregate_metrics"]
    import asyncio

    found = []
    for method in methods:
        target = _target(client, method)
        for parameter, p in inspect.signature(target).parameters.items():
            if p.kind is p.VAR_KEYWORD:
                continue
            sent.clear()
            try:
                asyncio.run(target(**_arguments(target, **{parameter: MARKER})))
            except Exception:
                pass
            if sent and MARKER in sent[0].url.path:
                found.append((method, parameter))
    return found


ID_PARAMETERS = sorted(set(_path_parameters()))


def test_every_method_with_an_id_is_walked():
    assert len(ID_PARAMETERS) >= 20


@pytest.mark.parametrize(("method", "parameter"), ID_PARAMETERS)
@pytest.mark.parametrize("bad", BAD_IDS, ids=repr)
async def test_a_route_changing_id_is_refused_before_sending(method, parameter, bad):
    sent = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        target = _target(client, method)
        arguments = _arguments(target, **{parameter: bad})
        with pytest.raises(InvalidRequestError) as caught:
            await target(**arguments)
    assert caught.value.field == parameter
    assert parameter in str(caught.value)
    assert sent == []


def _builders_with_path_parameters():
    for operation in roundtable.api.OPERATIONS:
        for name in operation.path_parameters:
            yield operation.operation_id, name


@pytest.mark.parametrize(("operation_id", "parameter"), sorted(_builders_with_path_parameters()))
def test_every_generated_builder_refuses_a_dot_dot_segment(operation_id, parameter):
    builder = getattr(roundtable.api, operation_id).build
    arguments = {
        name: "x" if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD else None
        for name, p in inspect.signature(builder).parameters.items()
        if p.default is inspect.Parameter.empty
    }
    arguments[parameter] = ".."
    with pytest.raises(InvalidRequestError) as caught:
        builder(**arguments)
    assert caught.value.field == parameter


def test_an_ordinary_id_is_quoted_as_one_segment():
    from roundtable.api import get_workspace

    assert get_workspace.build("ws 1%2F")["url"] == "/workspaces/ws%201%252F"
