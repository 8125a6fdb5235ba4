from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_sandbox_state import KnownSandboxState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.resource_limits import ResourceLimits
    from ..models.sandbox_connection import SandboxConnection
    from ..models.sandbox_health import SandboxHealth


T = TypeVar("T", bound="Sandbox")


@_attrs_define
class Sandbox:
    """
    Attributes:
        sandbox_id (str):
        workspace_id (str):
        name (str):
        status (KnownSandboxState | str): Known values: `provisioning` (after create), `running`, `stopped`, `error`.
            Other strings may appear and must be accepted.
        agent_config (AgentConfig): The agent a sandbox hosts. Omit a field to take its default; null is refused.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        resource_limits (ResourceLimits | Unset):
        health (SandboxHealth | Unset):
        connection (None | SandboxConnection | Unset):
    """

    sandbox_id: str
    workspace_id: str
    name: str
    status: KnownSandboxState | str
    agent_config: AgentConfig
    created_at: datetime.datetime
    updated_at: datetime.datetime
    resource_limits: ResourceLimits | Unset = UNSET
    health: SandboxHealth | Unset = UNSET
    connection: None | SandboxConnection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sandbox_connection import SandboxConnection  # noqa: PLC0415

        sandbox_id = self.sandbox_id

        workspace_id = self.workspace_id

        name = self.name

        status: str
        if isinstance(self.status, KnownSandboxState):
            status = self.status.value
        else:
            status = self.status

        agent_config = self.agent_config.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        resource_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_limits, Unset):
            resource_limits = self.resource_limits.to_dict()

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        connection: dict[str, Any] | None | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        elif isinstance(self.connection, SandboxConnection):
            connection = self.connection.to_dict()
        else:
            connection = self.connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sandbox_id": sandbox_id,
                "workspace_id": workspace_id,
                "name": name,
                "status": status,
                "agent_config": agent_config,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if resource_limits is not UNSET:
            field_dict["resource_limits"] = resource_limits
        if health is not UNSET:
            field_dict["health"] = health
        if connection is not UNSET:
            field_dict["connection"] = connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_config import AgentConfig  # noqa: PLC0415
        from ..models.resource_limits import ResourceLimits  # noqa: PLC0415
        from ..models.sandbox_connection import SandboxConnection  # noqa: PLC0415
        from ..models.sandbox_health import SandboxHealth  # noqa: PLC0415

        d = dict(src_dict)
        sandbox_id = d.pop("sandbox_id")

        workspace_id = d.pop("workspace_id")

        name = d.pop("name")

        def _parse_status(data: object) -> KnownSandboxState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sandbox_state_type_0 = KnownSandboxState(data)

                return componentsschemas_sandbox_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownSandboxState | str, data)

        status = _parse_status(d.pop("status"))

        agent_config = AgentConfig.from_dict(d.pop("agent_config"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _resource_limits = d.pop("resource_limits", UNSET)
        resource_limits: ResourceLimits | Unset
        if isinstance(_resource_limits, Unset):
            resource_limits = UNSET
        else:
            resource_limits = ResourceLimits.from_dict(_resource_limits)

        _health = d.pop("health", UNSET)
        health: SandboxHealth | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = SandboxHealth.from_dict(_health)

        def _parse_connection(data: object) -> None | SandboxConnection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connection_type_0 = SandboxConnection.from_dict(data)

                return connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SandboxConnection | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        sandbox = cls(
            sandbox_id=sandbox_id,
            workspace_id=workspace_id,
            name=name,
            status=status,
            agent_config=agent_config,
            created_at=created_at,
            updated_at=updated_at,
            resource_limits=resource_limits,
            health=health,
            connection=connection,
        )

        sandbox.additional_properties = d
        return sandbox

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
