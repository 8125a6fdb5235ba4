"""Finding 4: keys, URLs and headers are checked at construction, never echoed."""

from __future__ import annotations

import logging

import httpx
import pytest

from roundtable import ConfigurationError, RoundTableClient
from roundtable.exceptions import InvalidRequestError

KEY = "sk-live-7f3a9c2e1b"


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        (KEY + "\n", "api_key ends with a newline"),
        (KEY + "\r\n", "api_key ends with a newline"),
        (" " + KEY, "api_key starts or ends with whitespace"),
        (KEY[:4] + " " + KEY[4:], "api_key contains whitespace"),
        (KEY + "é", "api_key contains a non-ASCII character"),
        (KEY + "\x00", "api_key contains a control character"),
        ("", "api_key is empty"),
    ],
)
def test_a_bad_api_key_is_refused_naming_the_problem_not_the_key(key, problem):
    with pytest.raises(ConfigurationError) as caught:
        RoundTableClient(key, "http://localhost:8000/api/v1")
    assert str(caught.value) == problem
    assert KEY not in str(caught.value)


def test_a_bad_key_from_the_environment_names_the_variable(monkeypatch):
    monkeypatch.setenv("ROUND_TABLE_API_KEY", KEY + "\n")
    with pytest.raises(ConfigurationError, match="ROUND_TABLE_API_KEY ends with a newline"):
        RoundTableClient(base_url="http://localhost:8000")


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("localhost:8000/api/v1", "needs http:// or https://"),
        ("ftp://example.com/api", "needs http:// or https://"),
        ("http:///api/v1", "needs http:// or https://"),
        ("http://localhost:8000/api/v1?x=1", "must not have a query or a fragment"),
        ("http://localhost:8000/api/v1#frag", "must not have a query or a fragment"),
    ],
)
def test_a_bad_base_url_is_refused(url, problem):
    with pytest.raises(ConfigurationError, match=problem):
        RoundTableClient("k", url)


def test_a_password_in_the_base_url_is_not_echoed():
    with pytest.raises(ConfigurationError) as caught:
        RoundTableClient("k", "http://user:hunter2@localhost:8000/api?x=1")
    assert "hunter2" not in str(caught.value)


def test_plain_http_to_another_host_is_warned_about_and_loopback_is_not(caplog):
    with caplog.at_level(logging.WARNING, logger="roundtable"):
        RoundTableClient("k", "http://127.0.0.1:8000/api/v1")
        RoundTableClient("k", "http://localhost:8000/api/v1")
        RoundTableClient("k", "https://api.example.com/api/v1")
        assert caplog.records == []
        RoundTableClient("k", "http://api.example.com/api/v1")
    assert "unencrypted" in caplog.records[0].getMessage()


def test_a_bad_default_header_is_refused():
    with pytest.raises(ConfigurationError, match=r"default_headers\['X-Team'\] contains"):
        RoundTableClient("k", "http://localhost", default_headers={"X-Team": "équipe"})


@pytest.mark.parametrize("key", ["clé-1", "a\nb", "", "x" * 256])
async def test_a_bad_idempotency_key_is_refused_before_sending(key):
    sent = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        with pytest.raises(InvalidRequestError) as caught:
            await client.workspaces.create(name="w", idempotency_key=key)
    assert caught.value.field == "idempotency_key"
    assert sent == []


async def test_no_secret_reaches_an_info_log_or_a_message(caplog, monkeypatch):
    token = "sk-log-secret-42"
    transport = httpx.MockTransport(lambda request: httpx.Response(503))

    async def no_sleep(_seconds: float) -> None:
        return None

    from roundtable import RetryPolicy

    with caplog.at_level(logging.DEBUG, logger="roundtable"):
        async with RoundTableClient(
            token, "http://rt.test", transport=transport, retry_policy=RetryPolicy(sleep=no_sleep)
        ) as client:
            with pytest.raises(Exception) as caught:
                await client.workspaces.list()
    assert len(caplog.records) >= 2
    assert all(token not in record.getMessage() for record in caplog.records)
    assert token not in str(caught.value) and token not in repr(caught.value)
