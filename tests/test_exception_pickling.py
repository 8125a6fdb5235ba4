"""Finding 7: every error crosses a process boundary, without any secret."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

import roundtable.exceptions as exceptions
from roundtable import RoundTableClient

TOKEN = "sk-pickle-secret-99"


async def _raised(status: int, body: bytes = b'{"detail": "no"}') -> exceptions.RoundTableError:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    async with RoundTableClient(TOKEN, "http://rt.test", transport=transport, max_retries=0) as c:
        try:
            await c.auth.login("a@b.c", "hunter2-password")
        except exceptions.RoundTableError as error:
            return error
    raise AssertionError("nothing raised")


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 503])
async def test_a_status_error_round_trips_without_the_token_or_the_body_sent(status):
    error = await _raised(status)
    data = pickle.dumps(error)
    assert TOKEN.encode() not in data and b"hunter2" not in data
    copy = pickle.loads(data)
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.status_code == status and copy.message == error.message
    assert copy.response.request.method == "POST"
    assert "authorization" not in copy.response.request.headers


async def test_a_malformed_success_body_is_not_carried_along():
    error = await _raised(200, b'{"data": {"access_token": "' + TOKEN.encode() + b'"}}')
    assert isinstance(error, exceptions.MalformedResponseError)
    data = pickle.dumps(error)
    assert TOKEN.encode() not in data
    assert str(pickle.loads(data)) == str(error)


@pytest.mark.parametrize(
    "error",
    [
        exceptions.InvalidRequestError("name is required", field="name"),
        exceptions.ConfigurationError("no key"),
        exceptions.ClientClosedError("closed"),
        exceptions.APIConnectionError("down"),
        exceptions.APITimeoutError("slow"),
    ],
)
def test_errors_without_a_response_round_trip(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    assert copy.__dict__ == error.__dict__


def _raise_not_found() -> None:
    request = httpx.Request("GET", "http://rt.test/workspaces/x", headers={"Authorization": "t"})
    response = httpx.Response(404, json={"detail": "Workspace x not found"}, request=request)
    raise exceptions.NotFoundError("Workspace x not found", response=response)


def test_a_worker_process_raising_not_found_reaches_the_parent_as_not_found():
    with ProcessPoolExecutor(max_workers=1) as pool:
        with pytest.raises(exceptions.NotFoundError) as caught:
            pool.submit(_raise_not_found).result(timeout=60)
    assert caught.value.status_code == 404
