from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_sandbox_state import KnownSandboxState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """
    Attributes:
        sandbox_id (str):
        name (str):
        status (KnownSandboxState | str): Known values: `provisioning` (after create), `running`, `stopped`, `error`.
            Other strings may appear and must be accepted.
        primary_agent (str):
        model (str | Unset):
        capabilities (list[str] | Unset):
        created_at (datetime.datetime | Unset):
    """

    sandbox_id: str
    name: str
    status: KnownSandboxState | str
    primary_agent: str
    model: str | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sandbox_id = self.sandbox_id

        name = self.name

        status: str
        if isinstance(self.status, KnownSandboxState):
            status = self.status.value
        else:
            status = self.status

        primary_agent = self.primary_agent

        model = self.model

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sandbox_id": sandbox_id,
                "name": name,
                "status": status,
                "primary_agent": primary_agent,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sandbox_id = d.pop("sandbox_id")

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

        primary_agent = d.pop("primary_agent")

        model = d.pop("model", UNSET)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        agent = cls(
            sandbox_id=sandbox_id,
            name=name,
            status=status,
            primary_agent=primary_agent,
            model=model,
            capabilities=capabilities,
            created_at=created_at,
        )

        agent.additional_properties = d
        return agent

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
