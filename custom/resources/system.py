"""The system calls, exposed as `client.health_check()`, `system_info()`, `aggregate_metrics()`."""

from __future__ import annotations

from .._requester import Requester
from ..api.system import get_aggregate_metrics, get_health, get_system_info
from ..models.aggregate_metrics import AggregateMetrics
from ..models.health import Health
from ..models.system_info import SystemInfo


async def health_check(requester: Requester) -> Health:
    return await requester.call(get_health._get_kwargs(), Health.from_dict, authenticated=False)


async def system_info(requester: Requester) -> SystemInfo:
    # Authentication is optional here; with it, the server names the caller.
    return await requester.call(get_system_info._get_kwargs(), SystemInfo.from_dict)


async def aggregate_metrics(requester: Requester, workspace_id: str) -> AggregateMetrics:
    return await requester.call(
        get_aggregate_metrics._get_kwargs(workspace_id),
        AggregateMetrics.from_dict,
    )
