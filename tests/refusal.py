"""What the tests of argument checks share: a call refused before anything is sent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from roundtable import RoundTableClient
from roundtable.exceptions import InvalidRequestError


async def refused_before_sending(call: Callable[[Any], Awaitable[object]]) -> InvalidRequestError:
    """The InvalidRequestError `call(client)` raises; fails if any request was sent."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        with pytest.raises(InvalidRequestError) as caught:
            await call(client)
    assert sent == []
    return caught.value
