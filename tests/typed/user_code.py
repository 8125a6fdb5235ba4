"""What a user with a type checker writes; `test_public_types` runs mypy --strict on it."""

from __future__ import annotations

import datetime
from typing import assert_type

from roundtable import RoundTableClient
from roundtable.events import MessageReceived
from roundtable.models import (
    Collaboration,
    DeliveryStatus,
    Message,
    MessageList,
    Sandbox,
    SandboxMetrics,
    SandboxStatus,
    Workspace,
)


async def use(client: RoundTableClient) -> None:
    workspace: Workspace = await client.workspaces.get("ws_1")
    if workspace.description is not None:
        print(len(workspace.description))
    age: datetime.timedelta = datetime.datetime.now(datetime.UTC) - workspace.created_at
    sandbox: Sandbox = await client.sandboxes.get("sb_1")
    model: str | None = sandbox.agent_config.model
    status: SandboxStatus = await client.sandboxes.status("sb_1")
    metrics: SandboxMetrics = await client.sandboxes.metrics("sb_1")
    message: Message = await client.messages.send("sb_1", "sb_2", {"k": 1})
    delivery: DeliveryStatus = message.status
    pending: bool = message.status == "pending"
    page: MessageList = await client.messages.list("sb_1")
    collaboration: Collaboration = await client.collaborations.get("col_1")
    print(age, model, status.uptime, metrics, delivery, pending, page.messages, collaboration)


async def use_the_surface(client: RoundTableClient) -> None:
    from roundtable import RawResponse, WaitTimeoutError
    from roundtable.api.system import get_system_info

    workspace = await client.workspaces.get(
        "ws_1", timeout=5, extra_headers={"X-Trace": "1"}, extra_query={"q": 1}
    )
    await client.sandboxes.start("sb_1", idempotency_key="start-1", extra_body={"why": "x"})
    quick = client.with_options(timeout=2.5, max_retries=0)
    raw = await quick.workspaces.with_raw_response.get(workspace.workspace_id)
    code: int = raw.status_code
    typed_raw: RawResponse[Workspace] = raw
    try:
        ready: SandboxStatus = await client.sandboxes.wait_for_status(
            "sb_1", "running", timeout=60, on_poll=lambda status: print(status.status)
        )
        done: Collaboration = await client.collaborations.wait("col_1", timeout=600)
    except WaitTimeoutError as error:
        # The last result is typed (not Any): what the two waiters return, or None.
        assert_type(error.last, SandboxStatus | Collaboration | None)
        if error.last is not None:
            print(error.last.status)
    info = await client.call(get_system_info)
    data = await client.request("GET", "/system/info", params={"x": 1})
    print(code, typed_raw, ready, done, info, data)


def use_sync(api_key: str) -> None:
    from roundtable import SyncRoundTableClient

    with SyncRoundTableClient(api_key=api_key) as client:
        workspace: Workspace = client.workspaces.create(name="x", idempotency_key="k")
        for summary in client.workspaces.iterate(page_size=50):
            print(summary.name)
        status: SandboxStatus = client.sandboxes.wait_for_status("sb_1", "running")
        message: Message = client.messages.send("sb_1", "sb_2", {"k": 1}, timeout=3)
        print(workspace, status, message.status == "pending")
        with client.events.watch(workspace.workspace_id, types=[MessageReceived]) as stream:
            for received in stream:
                assert_type(received, MessageReceived)  # `types` types the stream
                print(received.message.content, received.cursor)
                break


def retry_policies() -> None:
    """A policy's sleep says which client takes it; a type checker refuses the other kind."""
    import asyncio
    import time

    from roundtable import RetryPolicy, SyncRoundTableClient

    RoundTableClient("k", retry_policy=RetryPolicy(sleep=asyncio.sleep))
    SyncRoundTableClient("k", retry_policy=RetryPolicy(sleep=time.sleep))
    either = RetryPolicy(max_retries=5)
    RoundTableClient("k", retry_policy=either)
    SyncRoundTableClient("k", retry_policy=either)
    # --strict warns about an unused ignore: each line below must stay a type error.
    SyncRoundTableClient("k", retry_policy=RetryPolicy(sleep=asyncio.sleep))  # type: ignore[arg-type]
    RoundTableClient("k", retry_policy=RetryPolicy(sleep=time.sleep))  # type: ignore[arg-type]


async def dict_arguments(client: RoundTableClient) -> None:
    """The dict forms of request models are checked key by key."""
    await client.sandboxes.create("ws_1", "A", {"primary_agent": "r", "temperature": 0.2})
    await client.workspaces.create(name="W", settings={"max_sandboxes": 5})
    # --strict warns about an unused ignore: each line below must stay a type error.
    await client.sandboxes.create("ws_1", "A", {"primary_agent": "r", "temprature": 0.2})  # type: ignore[arg-type]
    await client.workspaces.update_config("ws_1", {"max_sandbox": 5})  # type: ignore[arg-type]
