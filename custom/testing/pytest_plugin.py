"""Pytest fixtures for testing code that uses the SDK (needs pytest-asyncio).

# conftest.py
pytest_plugins = ["roundtable.testing.pytest_plugin"]

async def test_my_agent(roundtable_client):
    workspace = await roundtable_client.workspaces.create(name="t")
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from .._client import RoundTableClient
from . import ReferenceServer


@pytest.fixture
def roundtable_server() -> ReferenceServer:
    """A fresh in-memory reference server."""
    return ReferenceServer()


@pytest_asyncio.fixture
async def roundtable_client(roundtable_server: ReferenceServer) -> AsyncIterator[RoundTableClient]:
    """A `RoundTableClient` connected in-process to `roundtable_server`."""
    async with roundtable_server.client() as client:
        yield client
