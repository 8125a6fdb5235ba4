from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    PayloadError,
    extras_key,
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
    # Properties the contract does not name (a newer server's); made on first use, since
    # almost every object has none (an empty dict per object is a tenth of its parse time).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=extras_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Properties the contract does not name yet, as the server sent them."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self._additional_properties or ())
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
        # Counts the known keys `d` holds: any more keys in `d` are unknown ones (cheaper
        # than comparing key sets on every object).
        present = 0
        try:
            field = "cpu_usage"
            cpu_usage = d.get("cpu_usage", ABSENT)
            if cpu_usage is ABSENT:
                cpu_usage = None
            else:
                present += 1
            field = "memory_usage_mb"
            memory_usage_mb = d.get("memory_usage_mb", ABSENT)
            if memory_usage_mb is ABSENT:
                memory_usage_mb = None
            else:
                present += 1
            field = "disk_usage_gb"
            disk_usage_gb = d.get("disk_usage_gb", ABSENT)
            if disk_usage_gb is ABSENT:
                disk_usage_gb = None
            else:
                present += 1
            field = "network_io"
            network_io = d.get("network_io", ABSENT)
            if network_io is ABSENT:
                network_io = None
            else:
                present += 1
                if network_io is not None:
                    network_io = NetworkIO.from_dict(network_io)
            field = "uptime_seconds"
            uptime_seconds = d.get("uptime_seconds", ABSENT)
            if uptime_seconds is ABSENT:
                uptime_seconds = None
            else:
                present += 1
            field = "messages_sent"
            messages_sent = d.get("messages_sent", ABSENT)
            if messages_sent is ABSENT:
                messages_sent = None
            else:
                present += 1
            field = "messages_received"
            messages_received = d.get("messages_received", ABSENT)
            if messages_received is ABSENT:
                messages_received = None
            else:
                present += 1
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
            if len(d) != present:
                sandbox_resource_metrics._additional_properties = {
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
