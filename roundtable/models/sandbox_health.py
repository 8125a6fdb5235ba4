from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sandbox_health_resource_usage import SandboxHealthResourceUsage


T = TypeVar("T", bound="SandboxHealth")


@_attrs_define
class SandboxHealth:
    """
    Attributes:
        status (str):
        last_check (datetime.datetime | None | Unset):
        container_status (str | Unset):
        resource_usage (SandboxHealthResourceUsage | Unset):
    """

    status: str
    last_check: datetime.datetime | None | Unset = UNSET
    container_status: str | Unset = UNSET
    resource_usage: SandboxHealthResourceUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        last_check: None | str | Unset
        if isinstance(self.last_check, Unset):
            last_check = UNSET
        elif isinstance(self.last_check, datetime.datetime):
            last_check = self.last_check.isoformat()
        else:
            last_check = self.last_check

        container_status = self.container_status

        resource_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_usage, Unset):
            resource_usage = self.resource_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if last_check is not UNSET:
            field_dict["last_check"] = last_check
        if container_status is not UNSET:
            field_dict["container_status"] = container_status
        if resource_usage is not UNSET:
            field_dict["resource_usage"] = resource_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sandbox_health_resource_usage import SandboxHealthResourceUsage  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        def _parse_last_check(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_check_type_0 = datetime.datetime.fromisoformat(data)

                return last_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_check = _parse_last_check(d.pop("last_check", UNSET))

        container_status = d.pop("container_status", UNSET)

        _resource_usage = d.pop("resource_usage", UNSET)
        resource_usage: SandboxHealthResourceUsage | Unset
        if isinstance(_resource_usage, Unset):
            resource_usage = UNSET
        else:
            resource_usage = SandboxHealthResourceUsage.from_dict(_resource_usage)

        sandbox_health = cls(
            status=status,
            last_check=last_check,
            container_status=container_status,
            resource_usage=resource_usage,
        )

        sandbox_health.additional_properties = d
        return sandbox_health

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
