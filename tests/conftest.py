from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
# The checks of scripts/ (check_docstrings) are imported by the tests that run them.
sys.path.append(str(Path(__file__).parent.parent / "scripts"))
# The examples import their helper (`_credentials`) as scripts do, from their own folder.
sys.path.append(str(Path(__file__).parent.parent / "examples"))

from mocked import BASE_URL, SECRET_KEY  # noqa: E402

from roundtable import RetryPolicy, RoundTableClient  # noqa: E402

# The fixtures users get from the reference server (roundtable_server, roundtable_client)
# come through the package's pytest11 entry point, as in a user's project.


async def _no_sleep(_seconds: float) -> None:
    return None


@pytest.fixture
async def client():
    """A client for pytest-httpx mocks: no retries, so every mocked answer is final."""
    async with RoundTableClient(
        SECRET_KEY, BASE_URL, retry_policy=RetryPolicy(max_retries=0, sleep=_no_sleep)
    ) as client:
        yield client
