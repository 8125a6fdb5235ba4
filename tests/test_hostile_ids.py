"""Finding 3: a path parameter is one segment, or nothing is sent.

Walks every method of every resource (and every generated request builder), so a method
added later is covered without a new test.
"""

from __future__ import annotations

import asyncio
import inspect

import httpx
import pytest
from every_call import dummy_arguments, method_names, target

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

MARKER = "marker_8c1f"


async def _path_parameters() -> list[tuple[str, str]]:
    """(method, parameter) for every argument that lands in the URL path (found by sending
    a marker through a mock transport, so a method added later is walked too)."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    found = set()
    async with RoundTableClient(
        "k", "http://rt.test", transport=transport, max_retries=0
    ) as client:
        for method in method_names(client, waiters=True):
            method_target = target(client, method)
            for parameter, p in inspect.signature(method_target).parameters.items():
                if p.kind is p.VAR_KEYWORD:
                    continue
                sent.clear()
                try:
                    arguments = dummy_arguments(method_target, "sb_ok", **{parameter: MARKER})
                    await method_target(**arguments)
                except Exception:
                    pass
                if sent and MARKER in sent[0].url.path:
                    found.add((method, parameter))
    return sorted(found)


@pytest.fixture(scope="module")
def id_parameters() -> list[tuple[str, str]]:
    # Found when the tests run, not when they are collected: collection sends nothing.
    return asyncio.run(_path_parameters())


def test_every_method_with_an_id_is_walked(id_parameters):
    assert len(id_parameters) >= 20


@pytest.mark.parametrize("bad", BAD_IDS, ids=repr)
async def test_a_route_changing_id_is_refused_before_sending(id_parameters, bad):
    sent = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        for method, parameter in id_parameters:
            method_target = target(client, method)
            arguments = dummy_arguments(method_target, "sb_ok", **{parameter: bad})
            with pytest.raises(InvalidRequestError) as caught:
                await method_target(**arguments)
            assert caught.value.field == parameter, (method, parameter)
            assert parameter in str(caught.value), (method, parameter)
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
