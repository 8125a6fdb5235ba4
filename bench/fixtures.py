"""Canned answers shaped like the recorded wire (tests/fixtures/wire-samples.txt)."""

from __future__ import annotations

import json
from functools import cache


def _envelope(data: object) -> bytes:
    return json.dumps({"success": True, "data": data, "meta": None}).encode()


@cache
def workspace_body() -> bytes:
    return _envelope(
        {
            "workspace_id": "ws_34658c3b4d",
            "user_id": "usr_acb8e38366",
            "name": "Demo Project",
            "description": "Demonstrating the SDK",
            "settings": {
                "max_sandboxes": 10,
                "auto_cleanup": True,
                "retention_days": 30,
                "collaboration_policy": {},
            },
            "is_active": True,
            "created_at": "2026-11-26T06:37:25",
            "updated_at": "2026-11-26T06:37:25",
        }
    )


def message_body(n: int) -> dict[str, object]:
    return {
        "message_id": f"msg_{n:010x}",
        "from_sandbox_id": "sb_94819a2c5f",
        "to_sandbox_id": "sb_8ace728357",
        "workspace_id": "ws_c9490a50de",
        "content": {"type": "request", "action": "analyze", "data": {"key": "value", "n": n}},
        "message_type": "request",
        "status": {
            "status": "pending",
            "sent_at": "2026-11-26T06:37:27",
            "delivered_at": None,
            "failed_at": None,
            "error_message": None,
        },
        "created_at": "2026-11-26T06:37:27",
        "updated_at": "2026-11-26T06:37:27",
    }


@cache
def list_body() -> bytes:
    messages = [message_body(n) for n in range(100)]
    return _envelope({"messages": messages, "count": 100, "offset": 0, "limit": 100})
