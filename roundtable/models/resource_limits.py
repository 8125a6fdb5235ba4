from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceLimits")


@_attrs_define
class ResourceLimits:
    """
    Attributes:
        max_memory_mb (int | Unset):  Default: 1024.
        max_cpu_cores (float | Unset):  Default: 1.0.
        max_disk_gb (int | Unset):  Default: 10.
        timeout_seconds (int | Unset):  Default: 300.
    """

    max_memory_mb: int | Unset = 1024
    max_cpu_cores: float | Unset = 1.0
    max_disk_gb: int | Unset = 10
    timeout_seconds: int | Unset = 300
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_memory_mb = self.max_memory_mb

        max_cpu_cores = self.max_cpu_cores

        max_disk_gb = self.max_disk_gb

        timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_memory_mb is not UNSET:
            field_dict["max_memory_mb"] = max_memory_mb
        if max_cpu_cores is not UNSET:
            field_dict["max_cpu_cores"] = max_cpu_cores
        if max_disk_gb is not UNSET:
            field_dict["max_disk_gb"] = max_disk_gb
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_memory_mb = d.pop("max_memory_mb", UNSET)

        max_cpu_cores = d.pop("max_cpu_cores", UNSET)

        max_disk_gb = d.pop("max_disk_gb", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        resource_limits = cls(
            max_memory_mb=max_memory_mb,
            max_cpu_cores=max_cpu_cores,
            max_disk_gb=max_disk_gb,
            timeout_seconds=timeout_seconds,
        )

        resource_limits.additional_properties = d
        return resource_limits

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
