"""What a user with a type checker writes; `test_public_types` runs mypy --strict on it."""

from __future__ import annotations

import datetime

from roundtable import RoundTableClient
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
