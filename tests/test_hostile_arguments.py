"""Issue 20, round three: configuration, headers and arguments (findings 7-10, 14)."""

from __future__ import annotations

import pickle
import sys

import httpx
import pytest
from refusal import refused_before_sending

from roundtable import RetryPolicy, RoundTableClient, SyncRoundTableClient
from roundtable.exceptions import ConfigurationError, InternalServerError

SECRET = "s3cr3t-pa55"


@pytest.mark.parametrize("client_class", [RoundTableClient, SyncRoundTableClient])
def test_a_base_url_with_a_password_is_refused_without_echoing_it(client_class):
    with pytest.raises(ConfigurationError) as caught:
        client_class("k", f"https://ada:{SECRET}@rt.example.com/api/v1")
    assert "user name or password" in str(caught.value)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET.encode() not in pickle.dumps(caught.value)


def test_a_socks_proxy_without_its_extra_names_the_variable(monkeypatch):
    monkeypatch.setitem(sys.modules, "socksio", None)  # as if httpx[socks] were not installed
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")
    with pytest.raises(ConfigurationError, match="ALL_PROXY names a SOCKS proxy"):
        RoundTableClient("k", "https://rt.example.com/api/v1")
    with pytest.raises(ConfigurationError, match="ALL_PROXY"):
        SyncRoundTableClient("k", "https://rt.example.com/api/v1")


def test_certificates_that_cannot_be_read_name_the_variable(monkeypatch, tmp_path):
    missing = tmp_path / "nowhere.pem"
    monkeypatch.setenv("SSL_CERT_FILE", str(missing))
    with pytest.raises(ConfigurationError) as caught:
        SyncRoundTableClient("k", "https://rt.example.com/api/v1")
    assert "SSL_CERT_FILE" in str(caught.value) and str(missing) in str(caught.value)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"max_retries": "3"}, "max_retries"),
        ({"max_retries": 2.5}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"default_headers": ["X-A"]}, "default_headers"),
        ({"default_headers": "X-A: 1"}, "default_headers"),
    ],
)
def test_an_argument_of_the_wrong_type_is_a_configuration_error_naming_it(options, named):
    with pytest.raises(ConfigurationError, match=named):
        RoundTableClient("k", "http://127.0.0.1:1/api/v1", **options)


@pytest.mark.parametrize(
    ("policy", "named"),
    [
        ({"max_retries": "3"}, "max_retries"),
        ({"max_retries": -1}, "max_retries"),
        ({"initial_delay": "0.5"}, "initial_delay"),
        ({"max_delay": float("nan")}, "max_delay"),
        ({"max_retry_after": -1}, "max_retry_after"),
    ],
)
def test_a_retry_policy_is_checked_when_made(policy, named):
    with pytest.raises(ConfigurationError, match=named):
        RetryPolicy(**policy)


async def test_a_huge_max_retries_backs_off_at_its_cap_instead_of_overflowing():
    policy = RetryPolicy(max_retries=5000, max_delay=8.0)
    assert policy.backoff(1023) <= 8.0 and policy.backoff(100_000) <= 8.0
    sleeps: list[float] = []

    async def note(seconds: float) -> None:
        sleeps.append(seconds)

    transport = httpx.MockTransport(lambda request: httpx.Response(503))
    patient = RetryPolicy(max_retries=1100, sleep=note)
    async with RoundTableClient(
        "k", "http://rt.test", transport=transport, retry_policy=patient
    ) as c:
        with pytest.raises(InternalServerError):
            await c.system_info()
    assert len(sleeps) == 1100 and max(sleeps) <= 8.0


@pytest.mark.parametrize("flavour", ["async", "sync"])
async def test_headers_merge_whatever_their_case_and_the_callers_idempotency_key_is_the_key(
    flavour,
):
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"data": {"workspace_id": "ws_1", "name": "n"}})

    options = {
        "default_headers": {"user-agent": "mine/1"},
        "retry_policy": RetryPolicy(max_retries=0),
    }
    extra = {
        "authorization": "Bearer theirs",
        "idempotency-key": "key-1",
        "content-type": "application/json; charset=utf-8",
    }
    if flavour == "async":
        transport = httpx.MockTransport(answer)
        async with RoundTableClient("tok", "http://rt.test", transport=transport, **options) as c:
            try:
                await c.workspaces.create(name="n", extra_headers=extra)
            except Exception:  # the canned answer is not a whole workspace
                pass
    else:
        with SyncRoundTableClient(
            "tok", "http://rt.test", transport=httpx.MockTransport(answer), **options
        ) as c:
            try:
                c.workspaces.create(name="n", extra_headers=extra)
            except Exception:
                pass
    names = [name.lower() for name, _ in sent[0].headers.raw]
    for name in (b"authorization", b"idempotency-key", b"content-type", b"user-agent"):
        assert names.count(name) == 1, (name, sent[0].headers.raw)
    assert sent[0].headers["authorization"] == "Bearer tok"  # the client's own credential
    assert sent[0].headers["idempotency-key"] == "key-1"  # the caller's key
    assert sent[0].headers["content-type"] == "application/json; charset=utf-8"
    assert sent[0].headers["user-agent"] == "mine/1"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.workspaces.create(name="photo-\udcff.png"), "name"),
        (lambda c: c.workspaces.create(name="ok", description="cut \ud83d"), "description"),
        (
            lambda c: c.messages.send("sb_1", "sb_2", {"note": {"text": "x\udc80"}}),
            "content.note.text",
        ),
        (lambda c: c.messages.send("sb_1", "sb_2", {"n": 10**5000}), "content.n"),
        (lambda c: c.messages.send("sb_1", "sb_2", {"k\udcff": 1}), "content"),
    ],
)
async def test_text_utf8_cannot_carry_and_giant_integers_name_their_field(call, field):
    refused = await refused_before_sending(call)
    assert refused.field == field
    message = str(refused)
    assert message.startswith(field) and ("surrogate" in message or "digits" in message)
