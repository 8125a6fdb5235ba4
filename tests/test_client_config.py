"""Construction, configuration, lifecycle, and keeping the key secret."""

from __future__ import annotations

import logging

import httpx
import pytest
from mocked import BASE_URL, SECRET_KEY

from roundtable import DEFAULT_BASE_URL, RetryPolicy, RoundTableClient, SyncRoundTableClient
from roundtable.exceptions import AuthenticationError, ConfigurationError, NotFoundError

import wire

HEALTH = wire.sample("GET /api/v1/system/health").json()


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ("ROUND_TABLE_API_KEY", "ROUND_TABLE_BASE_URL", "ROUND_TABLE_MAX_RETRIES"):
        monkeypatch.delenv(name, raising=False)


def test_a_missing_key_is_an_error_at_construction():
    with pytest.raises(ConfigurationError, match="ROUND_TABLE_API_KEY"):
        RoundTableClient()


def test_email_without_password_is_refused():
    with pytest.raises(ConfigurationError, match="together"):
        RoundTableClient(email="a@example.com")


@pytest.mark.parametrize("value", ["-1", "many"])
def test_a_bad_max_retries_setting_is_refused(monkeypatch, value):
    monkeypatch.setenv("ROUND_TABLE_MAX_RETRIES", value)
    with pytest.raises(ConfigurationError, match="ROUND_TABLE_MAX_RETRIES|max_retries"):
        RoundTableClient("k")


async def test_key_and_base_url_come_from_the_environment(monkeypatch, httpx_mock):
    monkeypatch.setenv("ROUND_TABLE_API_KEY", "env-key")
    monkeypatch.setenv("ROUND_TABLE_BASE_URL", "http://env.test/api/v1")
    monkeypatch.setenv("ROUND_TABLE_MAX_RETRIES", "5")
    httpx_mock.add_response(json=wire.sample("GET /auth/me (ok)").json())
    async with RoundTableClient() as client:
        assert client._requester.retry.max_retries == 5
        await client.auth.me()
    request = httpx_mock.get_request()
    assert request.url == "http://env.test/api/v1/auth/me"
    assert request.headers["authorization"] == "Bearer env-key"


async def test_the_quickstart_env_form_with_none_values_works(monkeypatch, httpx_mock):
    monkeypatch.setenv("ROUND_TABLE_API_KEY", "env-key")
    httpx_mock.add_response(json=HEALTH)
    async with RoundTableClient(api_key=None, base_url=None) as client:
        assert client.base_url == DEFAULT_BASE_URL
        await client.health_check()
    assert httpx_mock.get_request().url == DEFAULT_BASE_URL + "/system/health"


async def test_a_sensible_timeout_is_applied_by_default(client, httpx_mock):
    httpx_mock.add_response(json=HEALTH)
    await client.health_check()
    timeout = httpx_mock.get_request().extensions["timeout"]
    assert timeout == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}


async def test_with_options_changes_timeout_and_retries_and_shares_the_pool(client, httpx_mock):
    httpx_mock.add_response(json=HEALTH)
    quick = client.with_options(timeout=2.5, max_retries=7)
    await quick.health_check()
    assert httpx_mock.get_request().extensions["timeout"]["read"] == 2.5
    assert quick._requester.retry.max_retries == 7
    assert client._requester.retry.max_retries == 0
    assert quick.http_client is client.http_client
    await quick.close()
    assert not client.http_client.is_closed


async def test_the_context_manager_closes_the_pool():
    async with RoundTableClient("k") as client:
        http = client.http_client
        assert not http.is_closed
    assert http.is_closed


async def test_close_leaves_a_callers_http_client_open(httpx_mock):
    httpx_mock.add_response(json=HEALTH)
    async with httpx.AsyncClient() as http:
        client = RoundTableClient("k", BASE_URL, http_client=http)
        await client.health_check()
        await client.close()
        assert not http.is_closed


def test_http_client_and_transport_are_exclusive():
    with pytest.raises(ConfigurationError):
        RoundTableClient("k", http_client=httpx.AsyncClient(), transport=httpx.MockTransport(None))


async def test_resources_are_created_once_per_client(client):
    assert client.workspaces is client.workspaces
    assert client.collaborations is client.collaborations


async def test_the_key_is_in_no_repr_no_error_and_no_log(client, httpx_mock, caplog):
    caplog.set_level(logging.DEBUG, logger="roundtable")
    httpx_mock.add_response(status_code=404, json={"detail": "Workspace ws_1 not found"})
    with pytest.raises(NotFoundError) as caught:
        await client.workspaces.get("ws_1")
    shown = [
        repr(client),
        str(client.__dict__),
        repr(client._requester.credentials),
        str(caught.value),
        repr(caught.value),
        caplog.text,
    ]
    assert "GET" in caplog.text and "404" in caplog.text
    assert not [text for text in shown if SECRET_KEY in text]


async def test_anonymous_client_sends_no_credentials(httpx_mock):
    httpx_mock.add_response(json=wire.sample("GET /api/v1/system/info (no auth)").json())
    async with RoundTableClient.anonymous(BASE_URL) as client:
        info = await client.system_info()
    assert info.authenticated is False
    assert "authorization" not in httpx_mock.get_request().headers


def test_env_logging_switch(monkeypatch):
    import roundtable._logs as logs

    monkeypatch.setattr(logs, "_configured", False)
    monkeypatch.setenv("ROUND_TABLE_LOG", "debug")
    logger = logging.getLogger("roundtable")
    saved = (logger.level, list(logger.handlers))
    try:
        RoundTableClient("k")
        assert logger.level == logging.DEBUG
        assert logger.handlers
    finally:
        logger.setLevel(saved[0])
        logger.handlers[:] = saved[1]


def test_each_client_names_its_own_class_in_its_repr():
    """The sync client is derived from the async one; its repr must not say the async name."""
    url = "http://rt.test/api/v1"
    assert repr(RoundTableClient("k", url)) == f"RoundTableClient(base_url='{url}')"
    assert repr(SyncRoundTableClient("k", url)) == f"SyncRoundTableClient(base_url='{url}')"


def test_the_sync_client_refuses_an_async_sleep_naming_the_setting():
    import asyncio

    with pytest.raises(ConfigurationError, match=r"retry_policy\.sleep is an async function"):
        SyncRoundTableClient("k", retry_policy=RetryPolicy(sleep=asyncio.sleep))


def test_an_awaitable_from_the_sync_clients_sleep_is_refused_not_skipped(recwarn):
    class AsyncCallable:  # an async __call__ is not a coroutine function: seen on its result
        async def __call__(self, seconds: float) -> None:
            return None

    answers = iter([httpx.Response(503), httpx.Response(200, json={"status": "healthy"})])
    transport = httpx.MockTransport(lambda request: next(answers))
    policy = RetryPolicy(sleep=AsyncCallable())
    with SyncRoundTableClient("k", "http://rt.test", transport=transport, retry_policy=policy) as c:
        with pytest.raises(ConfigurationError, match="returned an awaitable"):
            c.health_check()
    assert not [w for w in recwarn if "never awaited" in str(w.message)]


async def test_the_async_client_refuses_a_plain_sleep_at_its_first_pause():
    slept: list[float] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json={"status": "healthy"})])
    transport = httpx.MockTransport(lambda request: next(answers))
    policy = RetryPolicy(sleep=slept.append)
    async with RoundTableClient(
        "k", "http://rt.test", transport=transport, retry_policy=policy
    ) as c:
        with pytest.raises(ConfigurationError, match="needs an async function such as asyncio"):
            await c.health_check()
    assert slept == [pytest.approx(0.5, rel=0.25)]


def _readme_quick_start() -> str:
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, flags=re.S)
    assert found is not None
    return found.group(1)


def test_the_readmes_first_example_runs_with_only_url_email_and_password_set(monkeypatch):
    """What a newcomer has for a real server: no long-lived key, an account."""
    from roundtable.testing import ReferenceServer

    server = ReferenceServer()  # today's server, as played by default
    with server.serve() as base_url:
        with SyncRoundTableClient.anonymous(base_url) as anonymous:
            anonymous.auth.register("newcomer@example.com", "password-123")
        monkeypatch.setenv("ROUND_TABLE_BASE_URL", base_url)
        monkeypatch.setenv("ROUND_TABLE_EMAIL", "newcomer@example.com")
        monkeypatch.setenv("ROUND_TABLE_PASSWORD", "password-123")
        code = _readme_quick_start()
        assert "RoundTableClient()" in code and "api_key" not in code.split("async with")[1][:40]
        exec(compile(code, "README.md", "exec"), {"__name__": "__main__"})  # noqa: S102
    owner = server.world._user_by_email("newcomer@example.com")
    assert owner is not None
    made = [ws for ws in server.world.workspaces.values() if ws["user_id"] == owner.user_id]
    assert [ws["name"] for ws in made] == ["Demo Project"]  # as the newcomer, logged in
    (sandbox,) = [
        sb
        for sb in server.world.sandboxes.values()
        if sb["workspace_id"] == made[0]["workspace_id"]
    ]
    assert sandbox["status"] == "running"


@pytest.mark.parametrize("only", ["ROUND_TABLE_EMAIL", "ROUND_TABLE_PASSWORD"])
def test_half_of_the_email_and_password_pair_names_the_other(monkeypatch, only):
    monkeypatch.setenv(only, "x@example.com" if only.endswith("EMAIL") else "password-123")
    other = "ROUND_TABLE_PASSWORD" if only.endswith("EMAIL") else "ROUND_TABLE_EMAIL"
    with pytest.raises(ConfigurationError, match=f"{other} is not"):
        RoundTableClient(base_url="http://127.0.0.1:1/api/v1")


async def test_a_refused_static_key_says_what_works_without_echoing_it(httpx_mock):
    httpx_mock.add_response(status_code=401, json={"detail": "Could not validate credentials"})
    async with RoundTableClient(SECRET_KEY, BASE_URL, max_retries=0) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.workspaces.list()
    text = str(caught.value)
    assert "Could not validate credentials" in text and "email= and password=" in text
    assert "ROUND_TABLE_EMAIL" in text and SECRET_KEY not in text + repr(caught.value)
