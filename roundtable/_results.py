"""Results whose shape differs from the wire: the quick-start's attributes, served faithfully.

Everything else is returned as the generated model itself. Each class here is built from
a parsed generated model (`from_model`) and keeps the served values reachable.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define, frozen

from .models.agent import Agent as _Agent
from .models.agent_directory import AgentDirectory as _AgentDirectory
from .models.aggregate_metrics import AggregateMetrics as _AggregateMetrics
from .models.collaboration import Collaboration as _Collaboration
from .models.collaboration_progress import CollaborationProgress as _CollaborationProgress
from .models.collaboration_totals import CollaborationTotals
from .models.known_collaboration_state import KnownCollaborationState
from .models.known_message_state import KnownMessageState
from .models.known_sandbox_state import KnownSandboxState
from .models.message_totals import MessageTotals
from .models.sandbox_metrics_report import SandboxMetricsReport as _SandboxMetricsReport
from .models.sandbox_resource_metrics import SandboxResourceMetrics
from .models.sandbox_status_report import SandboxStatusReport as _SandboxStatusReport
from .models.sandbox_totals import SandboxTotals
from .models.workspace import Workspace as _Workspace
from .types import Unset

T = TypeVar("T")


def _value(value: T | Unset) -> T | None:
    return None if isinstance(value, Unset) else value


def _utc(moment: datetime.datetime) -> datetime.datetime:
    """Timestamps without an offset are UTC (as today's server sends them)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC)


class Workspace(_Workspace):
    """A workspace. `status` is `"active"`/`"inactive"`, from the served `is_active`."""

    __slots__ = ()

    @property
    def status(self) -> str:
        return "active" if self.is_active else "inactive"


@frozen
class SandboxStatus:
    """A sandbox's status; `uptime` is seconds running, or None when unknown or stopped."""

    sandbox_id: str
    status: KnownSandboxState | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    uptime: float | None

    @classmethod
    def from_model(
        cls, report: _SandboxStatusReport, now: datetime.datetime | None = None
    ) -> SandboxStatus:
        served = _value(report.uptime_seconds)
        if served is not None:
            uptime: float | None = float(served)
        elif report.status == KnownSandboxState.RUNNING:
            # The server moves updated_at when the sandbox starts.
            current = now or datetime.datetime.now(datetime.UTC)
            uptime = max((_utc(current) - _utc(report.updated_at)).total_seconds(), 0.0)
        else:
            uptime = None
        return cls(report.sandbox_id, report.status, report.created_at, report.updated_at, uptime)


@frozen
class SandboxMetrics:
    """A sandbox's metrics; the message counters are None when the server does not send them."""

    sandbox_id: str
    messages_sent: int | None
    messages_received: int | None
    metrics: SandboxResourceMetrics

    @classmethod
    def from_model(cls, report: _SandboxMetricsReport) -> SandboxMetrics:
        metrics = report.metrics
        return cls(
            report.sandbox_id,
            _value(metrics.messages_sent),
            _value(metrics.messages_received),
            metrics,
        )

    @property
    def cpu_usage(self) -> float | None:
        return _value(self.metrics.cpu_usage)

    @property
    def memory_usage_mb(self) -> float | None:
        return _value(self.metrics.memory_usage_mb)

    @property
    def uptime_seconds(self) -> float | None:
        return _value(self.metrics.uptime_seconds)


_KNOWN_MESSAGE_STATES = {state.value: state for state in KnownMessageState}
_parse_time = datetime.datetime.fromisoformat


def _optional_time(value: str | None) -> datetime.datetime | None:
    return None if value is None else _parse_time(value)


# Messages come a hundred to a page, so they are built straight from the JSON payload
# (the generated Message.from_dict costs ~9 µs a message, this ~2.5); the contract is the
# same: a missing field raises KeyError, a wrong type TypeError or ValueError, and the
# client turns those into MalformedResponseError.


@define
class MessageStatus:
    """A message's delivery state; prints as its status word, keeps the timestamps."""

    status: KnownMessageState | str
    sent_at: datetime.datetime | None = None
    delivered_at: datetime.datetime | None = None
    failed_at: datetime.datetime | None = None
    error_message: str | None = None

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> MessageStatus:
        state = data["status"]
        if not isinstance(state, str):
            raise TypeError(f"message status must be a string, not {type(state).__name__}")
        return cls(
            _KNOWN_MESSAGE_STATES.get(state, state),
            _optional_time(data.get("sent_at")),
            _optional_time(data.get("delivered_at")),
            _optional_time(data.get("failed_at")),
            data.get("error_message"),
        )

    def __str__(self) -> str:
        return str(self.status)


@define
class Message:
    """A message between two sandboxes; `content` is the JSON object that was sent."""

    message_id: str
    from_sandbox_id: str
    to_sandbox_id: str | None
    workspace_id: str
    content: dict[str, Any]
    message_type: str
    status: MessageStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> Message:
        content = data["content"]
        if not isinstance(content, dict):
            raise TypeError(f"message content must be an object, not {type(content).__name__}")
        return cls(
            data["message_id"],
            data["from_sandbox_id"],
            data.get("to_sandbox_id"),
            data["workspace_id"],
            content,
            data["message_type"],
            MessageStatus.from_payload(data["status"]),
            _parse_time(data["created_at"]),
            _parse_time(data["updated_at"]),
        )


@define
class MessageList:
    """One page of messages, newest first."""

    messages: list[Message]
    count: int
    offset: int
    limit: int

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> MessageList:
        return cls(
            [Message.from_payload(message) for message in data["messages"]],
            data["count"],
            data["offset"],
            data["limit"],
        )


@frozen
class CollaborationProgress:
    """How far a collaboration is; prints as e.g. `40% (step 2 of 5: Round 2)`."""

    current_step: int
    total_steps: int
    percentage: float
    status_message: str | None = None
    last_update: datetime.datetime | None = None

    @classmethod
    def from_model(cls, progress: _CollaborationProgress) -> CollaborationProgress:
        return cls(
            progress.current_step,
            progress.total_steps,
            progress.percentage,
            _value(progress.status_message),
            _value(progress.last_update),
        )

    def __str__(self) -> str:
        note = f": {self.status_message}" if self.status_message else ""
        return f"{self.percentage:g}% (step {self.current_step} of {self.total_steps}{note})"


@frozen
class Collaboration:
    """A collaboration. Its id is opaque (`col_…` on today's server)."""

    collaboration_id: str
    workspace_id: str
    task: str
    mode: str
    status: KnownCollaborationState | str
    participants: list[str]
    progress: CollaborationProgress
    result: dict[str, Any] | None
    error: str | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None

    @classmethod
    def from_model(cls, collaboration: _Collaboration) -> Collaboration:
        result = _value(collaboration.result)
        return cls(
            collaboration.collaboration_id,
            collaboration.workspace_id,
            collaboration.task,
            collaboration.mode,
            collaboration.status,
            collaboration.participants,
            CollaborationProgress.from_model(collaboration.progress),
            None if result is None else result.additional_properties,
            _value(collaboration.error),
            _value(collaboration.created_at),
            _value(collaboration.updated_at),
        )


@frozen
class Agent:
    """An agent of a workspace; `agent_type` is the sandbox's `primary_agent`."""

    sandbox_id: str
    name: str
    status: KnownSandboxState | str
    agent_type: str
    model: str | None
    capabilities: list[str]
    created_at: datetime.datetime | None

    @property
    def primary_agent(self) -> str:
        return self.agent_type

    @classmethod
    def from_model(cls, agent: _Agent) -> Agent:
        return cls(
            agent.sandbox_id,
            agent.name,
            agent.status,
            agent.primary_agent,
            _value(agent.model),
            _value(agent.capabilities) or [],
            _value(agent.created_at),
        )


@frozen
class AgentDirectory:
    """The agents of a workspace."""

    workspace_id: str
    agents: list[Agent]
    count: int

    @classmethod
    def from_model(cls, directory: _AgentDirectory) -> AgentDirectory:
        return cls(
            directory.workspace_id,
            [Agent.from_model(agent) for agent in directory.agents],
            directory.count,
        )


@frozen
class AggregateMetrics:
    """Totals for a workspace; the served breakdowns stay in `sandboxes`, `messages`, …"""

    workspace_id: str
    total_sandboxes: int
    total_messages: int
    sandboxes: SandboxTotals
    messages: MessageTotals
    collaborations: CollaborationTotals
    timestamp: datetime.datetime

    @classmethod
    def from_model(cls, metrics: _AggregateMetrics) -> AggregateMetrics:
        return cls(
            metrics.workspace_id,
            metrics.sandboxes.total,
            metrics.messages.total,
            metrics.sandboxes,
            metrics.messages,
            metrics.collaborations,
            metrics.timestamp,
        )

    @property
    def sandboxes_by_status(self) -> Mapping[str, int]:
        by_status = _value(self.sandboxes.by_status)
        return {} if by_status is None else by_status.additional_properties
