"""The system calls, exposed as `client.health_check()`, `system_info()`, `aggregate_metrics()`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sending import Requester
from ..api import get_aggregate_metrics, get_health, get_system_info
from ..models.aggregate_metrics import AggregateMetrics
from ..models.health import Health
from ..models.system_info import SystemInfo

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions


async def health_check(requester: Requester, **options: Unpack[RequestOptions]) -> Health:
    return await requester.call(get_health, get_health.build(), options)


async def system_info(requester: Requester, **options: Unpack[RequestOptions]) -> SystemInfo:
    # Authentication is optional here; with it, the server names the caller.
    return await requester.call(get_system_info, get_system_info.build(), options)


async def aggregate_metrics(
    requester: Requester, workspace_id: str, **options: Unpack[RequestOptions]
) -> AggregateMetrics:
    return await requester.call(
        get_aggregate_metrics, get_aggregate_metrics.build(workspace_id), options
    )
