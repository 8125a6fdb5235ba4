"""Derived, read-only fields of the generated models: the quick-start's names for what the
server serves under other names, each defined once.

Each mixin here is a base of the generated model of the same name (without `Derived`),
listed in `DERIVED` of `templates/model.py.jinja`. The mixins hold no state; the served
fields stay on the model itself.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..types import extras_key

if TYPE_CHECKING:
    from .collaboration_totals import CollaborationTotals
    from .known_message_state import KnownMessageState
    from .known_sandbox_state import KnownSandboxState
    from .message_totals import MessageTotals
    from .sandbox_resource_metrics import SandboxResourceMetrics
    from .sandbox_totals import SandboxTotals

__all__ = [
    "AgentDerived",
    "AggregateMetricsDerived",
    "CollaborationProgressDerived",
    "DeliveryStatusDerived",
    "SandboxMetricsDerived",
    "SandboxStatusDerived",
    "WorkspaceDerived",
]


class WorkspaceDerived:
    __slots__ = ()
    if TYPE_CHECKING:
        is_active: bool

    @property
    def status(self) -> str:
        """`"active"` or `"inactive"`, from the served `is_active`."""
        return "active" if self.is_active else "inactive"


class SandboxStatusDerived:
    __slots__ = ()
    if TYPE_CHECKING:
        status: KnownSandboxState | str
        updated_at: datetime.datetime
        uptime_seconds: float | None

    @property
    def uptime(self) -> float | None:
        """Seconds the sandbox has been running, or None when it is not running.

        A served `uptime_seconds` wins. Today's server serves none, but moves `updated_at`
        when the sandbox starts, so the time since then is the uptime (a second start of
        a running sandbox moves it too, so the uptime starts again).
        """
        if self.uptime_seconds is not None:
            return float(self.uptime_seconds)
        if self.status != "running":
            return None
        now = datetime.datetime.now(datetime.UTC)
        return max((now - self.updated_at).total_seconds(), 0.0)


class SandboxMetricsDerived:
    __slots__ = ()
    if TYPE_CHECKING:
        metrics: SandboxResourceMetrics

    @property
    def messages_sent(self) -> int | None:
        """Messages the sandbox sent, or None: today's server does not count them."""
        return self.metrics.messages_sent

    @property
    def messages_received(self) -> int | None:
        """Messages the sandbox received, or None: today's server does not count them."""
        return self.metrics.messages_received

    @property
    def cpu_usage(self) -> float | None:
        return self.metrics.cpu_usage

    @property
    def memory_usage_mb(self) -> float | None:
        return self.metrics.memory_usage_mb

    @property
    def uptime_seconds(self) -> float | None:
        return self.metrics.uptime_seconds


class DeliveryStatusDerived:
    """A message's delivery state equals and prints as its status word (`"pending"`)."""

    __slots__ = ()
    if TYPE_CHECKING:
        status: KnownMessageState | str
        sent_at: datetime.datetime | None
        delivered_at: datetime.datetime | None
        failed_at: datetime.datetime | None
        error_message: str | None

    def __str__(self) -> str:
        return str(self.status)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return self.status == other
        if type(other) is not type(self):
            return NotImplemented
        return _delivery_fields(self) == _delivery_fields(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, as every attrs model is


def _delivery_fields(status: DeliveryStatusDerived) -> tuple[object, ...]:
    return (
        str(status.status),
        status.sent_at,
        status.delivered_at,
        status.failed_at,
        status.error_message,
        extras_key(getattr(status, "_additional_properties", None)),
    )


class CollaborationProgressDerived:
    __slots__ = ()
    if TYPE_CHECKING:
        current_step: int
        total_steps: int
        percentage: float
        status_message: str | None

    def __str__(self) -> str:
        """E.g. `40% (step 2 of 5: Round 2)`."""
        note = f": {self.status_message}" if self.status_message else ""
        return f"{self.percentage:g}% (step {self.current_step} of {self.total_steps}{note})"


class AgentDerived:
    __slots__ = ()
    if TYPE_CHECKING:
        primary_agent: str

    @property
    def agent_type(self) -> str:
        """The agent's type: the sandbox's `primary_agent`."""
        return self.primary_agent


class AggregateMetricsDerived:
    __slots__ = ()
    if TYPE_CHECKING:
        sandboxes: SandboxTotals
        messages: MessageTotals
        collaborations: CollaborationTotals

    @property
    def total_sandboxes(self) -> int:
        return self.sandboxes.total

    @property
    def total_messages(self) -> int:
        return self.messages.total

    @property
    def sandboxes_by_status(self) -> dict[str, int]:
        return self.sandboxes.by_status or {}
