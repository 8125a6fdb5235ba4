from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
)

T = TypeVar("T", bound="SandboxResourceMetrics")

_KNOWN_FIELDS = frozenset(
    {
        "cpu_usage",
        "memory_usage_mb",
        "disk_usage_gb",
        "network_io",
        "uptime_seconds",
        "messages_sent",
        "messages_received",
    }
)


@_attrs_define()
class SandboxResourceMetrics:
    """
    Attributes:
        cpu_usage (float | None)
        memory_usage_mb (float | None)
        disk_usage_gb (float | None)
        network_io (NetworkIO | None)
        uptime_seconds (float | None)
        messages_sent (int | None): Messages this sandbox sent; not sent by today's server.
        messages_received (int | None): Messages this sandbox received; not sent by today's server.
    """

    cpu_usage: float | None = None
    memory_usage_mb: float | None = None
    disk_usage_gb: float | None = None
    network_io: NetworkIO | None = None
    uptime_seconds: float | None = None
    messages_sent: int | None = None
    messages_received: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cpu_usage is not None:
            field_dict["cpu_usage"] = self.cpu_usage
        if self.memory_usage_mb is not None:
            field_dict["memory_usage_mb"] = self.memory_usage_mb
        if self.disk_usage_gb is not None:
            field_dict["disk_usage_gb"] = self.disk_usage_gb
        if self.network_io is not None:
            field_dict["network_io"] = self.network_io.to_dict()
        if self.uptime_seconds is not None:
            field_dict["uptime_seconds"] = self.uptime_seconds
        if self.messages_sent is not None:
            field_dict["messages_sent"] = self.messages_sent
        if self.messages_received is not None:
            field_dict["messages_received"] = self.messages_received
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "cpu_usage"
            cpu_usage = d.get("cpu_usage")
            field = "memory_usage_mb"
            memory_usage_mb = d.get("memory_usage_mb")
            field = "disk_usage_gb"
            disk_usage_gb = d.get("disk_usage_gb")
            field = "network_io"
            network_io = d.get("network_io")
            if network_io is not None:
                network_io = NetworkIO.from_dict(network_io)
            field = "uptime_seconds"
            uptime_seconds = d.get("uptime_seconds")
            field = "messages_sent"
            messages_sent = d.get("messages_sent")
            field = "messages_received"
            messages_received = d.get("messages_received")
            field = ""
            sandbox_resource_metrics = cls(
                cpu_usage,
                memory_usage_mb,
                disk_usage_gb,
                network_io,
                uptime_seconds,
                messages_sent,
                messages_received,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                sandbox_resource_metrics.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("SandboxResourceMetrics", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at(
                "SandboxResourceMetrics", field, src_dict, error
            ) from error
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


# The models refer to each other: imported once the class exists (not on every call).
from ..models.network_io import NetworkIO  # noqa: E402
