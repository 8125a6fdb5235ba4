from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_sandbox_state import KnownSandboxState

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig


T = TypeVar("T", bound="SandboxSummary")


@_attrs_define
class SandboxSummary:
    """
    Attributes:
        sandbox_id (str):
        workspace_id (str):
        name (str):
        status (KnownSandboxState | str): Known values: `provisioning` (after create), `running`, `stopped`, `error`.
            Other strings may appear and must be accepted.
        agent_config (AgentConfig): The agent a sandbox hosts. Omit a field to take its default; null is refused.
        created_at (datetime.datetime):
    """

    sandbox_id: str
    workspace_id: str
    name: str
    status: KnownSandboxState | str
    agent_config: AgentConfig
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_config import AgentConfig  # noqa: PLC0415

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

        sandbox_summary = cls(
            sandbox_id=sandbox_id,
            workspace_id=workspace_id,
            name=name,
            status=status,
            agent_config=agent_config,
            created_at=created_at,
        )

        sandbox_summary.additional_properties = d
        return sandbox_summary

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
