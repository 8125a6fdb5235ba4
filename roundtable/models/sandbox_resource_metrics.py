from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_io import NetworkIO


T = TypeVar("T", bound="SandboxResourceMetrics")


@_attrs_define
class SandboxResourceMetrics:
    """
    Attributes:
        cpu_usage (float | Unset):
        memory_usage_mb (float | Unset):
        disk_usage_gb (float | Unset):
        network_io (NetworkIO | Unset):
        uptime_seconds (float | Unset):
        messages_sent (int | Unset): Messages this sandbox sent; not sent by today's server.
        messages_received (int | Unset): Messages this sandbox received; not sent by today's server.
    """

    cpu_usage: float | Unset = UNSET
    memory_usage_mb: float | Unset = UNSET
    disk_usage_gb: float | Unset = UNSET
    network_io: NetworkIO | Unset = UNSET
    uptime_seconds: float | Unset = UNSET
    messages_sent: int | Unset = UNSET
    messages_received: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_usage = self.cpu_usage

        memory_usage_mb = self.memory_usage_mb

        disk_usage_gb = self.disk_usage_gb

        network_io: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_io, Unset):
            network_io = self.network_io.to_dict()

        uptime_seconds = self.uptime_seconds

        messages_sent = self.messages_sent

        messages_received = self.messages_received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_usage is not UNSET:
            field_dict["cpu_usage"] = cpu_usage
        if memory_usage_mb is not UNSET:
            field_dict["memory_usage_mb"] = memory_usage_mb
        if disk_usage_gb is not UNSET:
            field_dict["disk_usage_gb"] = disk_usage_gb
        if network_io is not UNSET:
            field_dict["network_io"] = network_io
        if uptime_seconds is not UNSET:
            field_dict["uptime_seconds"] = uptime_seconds
        if messages_sent is not UNSET:
            field_dict["messages_sent"] = messages_sent
        if messages_received is not UNSET:
            field_dict["messages_received"] = messages_received

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_io import NetworkIO  # noqa: PLC0415

        d = dict(src_dict)
        cpu_usage = d.pop("cpu_usage", UNSET)

        memory_usage_mb = d.pop("memory_usage_mb", UNSET)

        disk_usage_gb = d.pop("disk_usage_gb", UNSET)

        _network_io = d.pop("network_io", UNSET)
        network_io: NetworkIO | Unset
        if isinstance(_network_io, Unset):
            network_io = UNSET
        else:
            network_io = NetworkIO.from_dict(_network_io)

        uptime_seconds = d.pop("uptime_seconds", UNSET)

        messages_sent = d.pop("messages_sent", UNSET)

        messages_received = d.pop("messages_received", UNSET)

        sandbox_resource_metrics = cls(
            cpu_usage=cpu_usage,
            memory_usage_mb=memory_usage_mb,
            disk_usage_gb=disk_usage_gb,
            network_io=network_io,
            uptime_seconds=uptime_seconds,
            messages_sent=messages_sent,
            messages_received=messages_received,
        )

        sandbox_resource_metrics.additional_properties = d
        return sandbox_resource_metrics

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
