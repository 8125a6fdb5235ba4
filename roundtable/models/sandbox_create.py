from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.resource_limits import ResourceLimits


T = TypeVar("T", bound="SandboxCreate")


@_attrs_define
class SandboxCreate:
    """
    Attributes:
        name (str):
        agent_config (AgentConfig): The agent a sandbox hosts. Omit a field to take its default; null is refused.
        description (None | str | Unset): Accepted and ignored by today's server.
        resource_limits (None | ResourceLimits | Unset): Requested limits; today's server applies its defaults whatever
            is sent.
    """

    name: str
    agent_config: AgentConfig
    description: None | str | Unset = UNSET
    resource_limits: None | ResourceLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_limits import ResourceLimits  # noqa: PLC0415

        name = self.name

        agent_config = self.agent_config.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        resource_limits: dict[str, Any] | None | Unset
        if isinstance(self.resource_limits, Unset):
            resource_limits = UNSET
        elif isinstance(self.resource_limits, ResourceLimits):
            resource_limits = self.resource_limits.to_dict()
        else:
            resource_limits = self.resource_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "agent_config": agent_config,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if resource_limits is not UNSET:
            field_dict["resource_limits"] = resource_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_config import AgentConfig  # noqa: PLC0415
        from ..models.resource_limits import ResourceLimits  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        agent_config = AgentConfig.from_dict(d.pop("agent_config"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_resource_limits(data: object) -> None | ResourceLimits | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_limits_type_0 = ResourceLimits.from_dict(data)

                return resource_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceLimits | Unset, data)

        resource_limits = _parse_resource_limits(d.pop("resource_limits", UNSET))

        sandbox_create = cls(
            name=name,
            agent_config=agent_config,
            description=description,
            resource_limits=resource_limits,
        )

        sandbox_create.additional_properties = d
        return sandbox_create

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
