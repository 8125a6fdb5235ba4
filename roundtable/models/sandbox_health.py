from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
    as_dict,
    parse_datetime,
)

T = TypeVar("T", bound="SandboxHealth")

_KNOWN_FIELDS = frozenset(
    {
        "status",
        "last_check",
        "container_status",
        "resource_usage",
    }
)


@_attrs_define()
class SandboxHealth:
    """
    Attributes:
        status (str)
        last_check (datetime.datetime | None)
        container_status (str | None)
        resource_usage (dict[str, Any] | None)
    """

    status: str
    last_check: datetime.datetime | None = None
    container_status: str | None = None
    resource_usage: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = self.status
        if self.last_check is not None:
            field_dict["last_check"] = self.last_check.isoformat()
        if self.container_status is not None:
            field_dict["container_status"] = self.container_status
        if self.resource_usage is not None:
            field_dict["resource_usage"] = dict(self.resource_usage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "status"
            status = d["status"]
            field = "last_check"
            last_check = d.get("last_check")
            if last_check is not None:
                last_check = parse_datetime(last_check)
            field = "container_status"
            container_status = d.get("container_status")
            field = "resource_usage"
            resource_usage = d.get("resource_usage")
            if resource_usage is not None:
                resource_usage = as_dict(resource_usage)
            field = ""
            sandbox_health = cls(
                status,
                last_check,
                container_status,
                resource_usage,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                sandbox_health.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("SandboxHealth", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("SandboxHealth", field, src_dict, error) from error
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


# The models refer to each other: imported once the class exists (not on every call).
