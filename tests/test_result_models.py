"""Issue 10: every result is a public model of `roundtable.models`, uniform all the way down.

Walks the object graph of what every method of the client returns, from the reference
server and from the recorded answers of today's server (naive timestamps).
"""

from __future__ import annotations

import datetime
import enum
import json

import attrs
import httpx
import pytest
from every_call import every_result, method_names, object_graph

import roundtable.models
from roundtable import RoundTableClient
from roundtable.types import Unset

import wire

SECRETS = ("rt_access_", "rt_refresh_", "eyJ")


@pytest.fixture(scope="module", params=["today", "documented"])
def results(request):
    import asyncio

    return asyncio.run(every_result(profile=request.param))


@pytest.fixture
def profile(results, request):
    return request.node.callspec.params["results"]


def test_every_method_was_walked(results):
    assert [name for name, _ in results] and {name for name, _ in results} == set(
        method_names(RoundTableClient("k", "http://rt.test"))
    )


def test_every_result_class_is_the_public_model_of_its_name(results):
    for name, result in results:
        for value in object_graph(result):
            if attrs.has(type(value)):
                public = getattr(roundtable.models, type(value).__name__, None)
                assert public is type(value), (name, type(value))


def test_no_unset_anywhere_and_every_timestamp_is_aware_utc(results):
    for name, result in results:
        for value in object_graph(result):
            assert not isinstance(value, Unset), name
            if isinstance(value, datetime.datetime):
                assert value.utcoffset() == datetime.timedelta(0), (name, value)


def test_status_fields_equal_and_print_as_their_string(results, profile):
    statuses = {
        "sandboxes.start": "running",
        "sandboxes.stop": "stopped",
        "sandboxes.status": "running",
        "collaborations.orchestrate": "running",
        # Today's server reports its message bus down, whether or not it is.
        "health_check": {"today": "degraded", "documented": "healthy"}[profile],
    }
    by_name = dict(results)
    for name, word in statuses.items():
        status = by_name[name].status
        assert status == word and str(status) == word and f"{status}" == word, name
    message = by_name["messages.send"]
    word = {"today": "pending", "documented": "delivered"}[profile]
    assert message.status == str(message.status) == word


def test_to_dict_is_json_ready_and_round_trips(results):
    for name, result in results:
        if not attrs.has(type(result)):
            continue
        data = json.loads(json.dumps(result.to_dict()))
        assert type(result).from_dict(data) == result, name


def test_no_repr_shows_a_token_or_empty_additional_properties(results):
    for name, result in results:
        text = repr(result)
        assert not any(secret in text for secret in SECRETS), name
        assert "additional_properties" not in text, name
        assert "Unset" not in text, name


def test_derived_fields_of_the_quick_start(results, profile):
    by_name = dict(results)
    assert by_name["workspaces.get"].status == "active"
    # Today's server serves no uptime: the SDK derives it from when the sandbox started.
    assert isinstance(by_name["sandboxes.status"].uptime, float)
    # Nor message counts, which the SDK cannot derive: None, not a made-up zero.
    assert by_name["sandboxes.metrics"].messages_sent == (1 if profile == "documented" else None)
    agents = by_name["collaborations.discover_agents"].agents
    assert sorted(agent.agent_type for agent in agents) == ["analyst", "researcher"]
    metrics = by_name["aggregate_metrics"]
    assert (metrics.total_sandboxes, metrics.total_messages) == (2, 1)
    assert str(by_name["collaborations.orchestrate"].progress).endswith("Collaboration started)")


@pytest.mark.parametrize(
    # Today's server leaves a new collaboration's timestamps null, so it has none to check.
    "title",
    ["GET /workspaces/{id}", "GET /messages/messages/{id}"],
)
async def test_todays_naive_timestamps_become_aware_utc(title):
    sample = wire.sample(title)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=sample.body))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        if "workspaces" in title:
            result = await client.workspaces.get("ws_1")
        else:
            result = await client.messages.get("msg_1")
    moments = [v for v in object_graph(result) if isinstance(v, datetime.datetime)]
    assert moments and all(m.tzinfo is datetime.UTC for m in moments)
    assert datetime.datetime.now(datetime.UTC) - moments[0] > datetime.timedelta(0)


def test_open_enums_keep_unknown_values():
    from roundtable.models import KnownSandboxState, SandboxStatus

    known = SandboxStatus.from_dict(
        {
            "sandbox_id": "s",
            "status": "running",
            "created_at": "2026-01-01T00:00:00",
            "updated_at": "2026-01-01T00:00:00Z",
        }
    )
    novel = SandboxStatus.from_dict(
        {
            "sandbox_id": "s",
            "status": "hibernating",
            "created_at": "2026-01-01T00:00:00+02:00",
            "updated_at": "2026-01-01T00:00:00",
        }
    )
    assert known.status is KnownSandboxState.RUNNING and isinstance(known.status, enum.Enum)
    assert novel.status == "hibernating"
    assert novel.created_at == datetime.datetime(2025, 12, 31, 22, tzinfo=datetime.UTC)


def test_models_may_be_built_without_init():
    # Generated `from_dict` assigns the fields itself rather than call `__init__`: sound
    # only while `__init__` does nothing else (no validator, converter, post-init).
    classes = [
        cls for cls in vars(roundtable.models).values() if isinstance(cls, type) and attrs.has(cls)
    ]
    assert len(classes) > 50
    for cls in classes:
        assert not hasattr(cls, "__attrs_post_init__") and not hasattr(cls, "__attrs_pre_init__")
        for field in attrs.fields(cls):
            assert field.validator is None and field.converter is None, (cls, field.name)


def test_no_field_shadows_a_name_from_dict_uses_itself():
    # The generated `from_dict` keeps its own locals beside one per field: a property
    # with one of these names (added to the spec later) would be shadowed.
    # (`error` is bound only on the way out, once no field is read any more.)
    reserved = {"d", "field", "absent", "cls", "src_dict", "_built", "_new"}
    for cls in vars(roundtable.models).values():
        if isinstance(cls, type) and attrs.has(cls):
            clashes = reserved & {field.name for field in attrs.fields(cls)}
            assert not clashes, (cls.__name__, clashes)
