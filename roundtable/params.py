"""The dict forms of the request models, for a type checker:
`agent_config={...}`, `settings={...}` and the like are checked key by key (a typo is an
error under mypy, and at run time an `InvalidRequestError` naming the closest key).
Generated from openapi.yaml.
"""

from __future__ import annotations

from typing import Any, Required, TypedDict


class AgentConfigParam(TypedDict, total=False):
    """`AgentConfig` as a dict; see `roundtable.models.AgentConfig`."""

    primary_agent: Required[str]
    model: str
    sub_agents: list[str]
    max_tokens: int
    temperature: float


class BroadcastCreateParam(TypedDict, total=False):
    """`BroadcastCreate` as a dict; see `roundtable.models.BroadcastCreate`."""

    content: Required[dict[str, Any]]
    message_type: str
    exclude_sender: bool
    from_sandbox_id: str


class CollaborationCreateParam(TypedDict, total=False):
    """`CollaborationCreate` as a dict; see `roundtable.models.CollaborationCreate`."""

    task: Required[str]
    participants: Required[list[str]]
    mode: str
    config: dict[str, Any]


class LoginRequestParam(TypedDict, total=False):
    """`LoginRequest` as a dict; see `roundtable.models.LoginRequest`."""

    email: Required[str]
    password: Required[str]


class MessageCreateParam(TypedDict, total=False):
    """`MessageCreate` as a dict; see `roundtable.models.MessageCreate`."""

    to_sandbox_id: Required[str]
    content: Required[dict[str, Any]]
    message_type: str


class RefreshRequestParam(TypedDict, total=False):
    """`RefreshRequest` as a dict; see `roundtable.models.RefreshRequest`."""

    refresh_token: Required[str]


class RegisterRequestParam(TypedDict, total=False):
    """`RegisterRequest` as a dict; see `roundtable.models.RegisterRequest`."""

    email: Required[str]
    password: Required[str]
    full_name: str | None


class ResourceLimitsParam(TypedDict, total=False):
    """`ResourceLimits` as a dict; see `roundtable.models.ResourceLimits`."""

    max_memory_mb: int
    max_cpu_cores: float
    max_disk_gb: int
    timeout_seconds: int


class SandboxCreateParam(TypedDict, total=False):
    """`SandboxCreate` as a dict; see `roundtable.models.SandboxCreate`."""

    name: Required[str]
    description: str | None
    agent_config: Required[AgentConfigParam]
    resource_limits: ResourceLimitsParam | None


class TokenFormParam(TypedDict, total=False):
    """`TokenForm` as a dict; see `roundtable.models.TokenForm`."""

    username: Required[str]
    password: Required[str]


class WorkspaceCreateParam(TypedDict, total=False):
    """`WorkspaceCreate` as a dict; see `roundtable.models.WorkspaceCreate`."""

    name: Required[str]
    description: str | None
    settings: WorkspaceSettingsParam | None


class WorkspaceSettingsParam(TypedDict, total=False):
    """`WorkspaceSettings` as a dict; see `roundtable.models.WorkspaceSettings`."""

    max_sandboxes: int
    auto_cleanup: bool
    retention_days: int
    collaboration_policy: dict[str, Any]


class WorkspaceUpdateParam(TypedDict, total=False):
    """`WorkspaceUpdate` as a dict; see `roundtable.models.WorkspaceUpdate`."""

    name: str | None
    description: str | None
    settings: WorkspaceSettingsParam | None
    is_active: bool | None
