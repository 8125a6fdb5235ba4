"""How generated models read JSON: exact unknown-key capture, error locations, timestamps."""

from __future__ import annotations

import datetime

import pytest

from roundtable import types
from roundtable.models import DeliveryStatus, Message
from roundtable.types import PayloadError


def _message(**changes: object) -> dict[str, object]:
    message: dict[str, object] = {
        "message_id": "msg_1",
        "from_sandbox_id": "sb_1",
        "to_sandbox_id": "sb_2",
        "workspace_id": "ws_1",
        "content": {"n": 1},
        "message_type": "request",
        "status": {"status": "pending", "sent_at": "2026-11-26T06:37:27", "delivered_at": None},
        "created_at": "2026-11-26T06:37:27",
        "updated_at": "2026-11-26T06:37:28",
    }
    message.update(changes)
    return {key: value for key, value in message.items() if value is not _DROP}


_DROP = object()


@pytest.mark.parametrize(
    ("changes", "unknown"),
    [
        ({}, {}),
        ({"to_sandbox_id": None}, {}),
        ({"to_sandbox_id": _DROP}, {}),
        # A missing optional key and an unknown one: the count of keys alone would match.
        ({"to_sandbox_id": _DROP, "priority": "high"}, {"priority": "high"}),
        ({"priority": "high", "thread": None}, {"priority": "high", "thread": None}),
    ],
)
def test_unknown_keys_are_kept_exactly(changes, unknown):
    message = Message.from_dict(_message(**changes))
    assert message.additional_properties == unknown
    dumped = message.to_dict()
    assert {key: dumped[key] for key in unknown} == unknown
    assert Message.from_dict(dumped) == message


def test_unknown_keys_of_a_nested_object_are_kept():
    status = {"status": "queued", "sent_at": None, "lane": 3}
    message = Message.from_dict(_message(status=status))
    assert message.status.additional_properties == {"lane": 3}
    assert message.status.status == "queued"


def test_a_model_with_no_unknown_keys_equals_one_whose_extras_were_looked_at():
    first, second = Message.from_dict(_message()), Message.from_dict(_message())
    assert first.additional_properties == {}  # made on first use
    assert first == second
    second["priority"] = "high"
    assert first != second


@pytest.mark.parametrize(
    ("payload", "location", "problem"),
    [
        (_message(message_id=_DROP), "Message.message_id", "missing"),
        (_message(updated_at=_DROP), "Message.updated_at", "missing"),
        (_message(created_at="yesterday"), "Message.created_at", "expected an ISO 8601 timestamp"),
        (_message(created_at=""), "Message.created_at", "expected an ISO 8601 timestamp"),
        (_message(created_at=1764139047), "Message.created_at", "expected an ISO 8601 timestamp"),
        (_message(created_at=["2026"]), "Message.created_at", "unexpected JSON array"),
        (_message(content="text"), "Message.content", "expected a JSON object, got str"),
        (_message(status={"sent_at": None}), "Message.status.status", "missing"),
        (_message(status={"status": 3}), "Message.status.status", "expected a string, got int"),
        (
            _message(status={"status": "pending", "sent_at": "noon"}),
            "Message.status.sent_at",
            "expected an ISO 8601 timestamp",
        ),
        (_message(status="pending"), "Message.status", "expected a JSON object, got str"),
        (["not", "an", "object"], "Message", "expected a JSON object, got list"),
    ],
)
def test_a_payload_that_breaks_the_contract_names_the_place(payload, location, problem):
    with pytest.raises(PayloadError) as caught:
        Message.from_dict(payload)  # type: ignore[arg-type]
    assert caught.value.location == location
    assert problem in caught.value.problem


def test_timestamps_are_aware_utc_and_the_same_text_gives_an_equal_moment():
    offsets = ["2026-11-26T06:37:27", "2026-11-26T06:37:27Z", "2026-11-26T08:37:27+02:00"]
    moments = [types.parse_datetime(text) for text in offsets]
    assert all(moment.tzinfo is datetime.UTC for moment in moments)
    assert len(set(moments)) == 1
    status = DeliveryStatus.from_dict({"status": "sent", "sent_at": offsets[2]})
    assert status.sent_at == moments[0] and status.sent_at.tzinfo is datetime.UTC


def test_the_recent_timestamps_kept_are_bounded():
    for second in range(3 * 1024):
        types.parse_datetime(f"2026-11-26T06:{second // 60 % 60:02d}:{second % 60:02d}.{second}")
    assert 0 < len(types.recent_datetimes) <= 1024
