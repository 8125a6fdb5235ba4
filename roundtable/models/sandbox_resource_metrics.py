from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
    extras_key,
)

T = TypeVar("T", bound="SandboxResourceMetrics")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
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
    """Resource use figures (zeros on today's server).

    Attributes:
        cpu_usage (float | None): CPU use.
        memory_usage_mb (float | None): Memory in use, in MB.
        disk_usage_gb (float | None): Disk in use, in GB.
        network_io (NetworkIO | None): Network traffic of a sandbox.
        uptime_seconds (float | None): Seconds running (always 0 on today's server).
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
        # Set before each conversion only: a missing key names itself (`KeyError`).
        field = ""
        # Known keys that `d` lacks: with them, `len(d)` tells whether `d` holds unknown keys
        # (cheaper than comparing key sets on every object). Servers send optional keys as
        # null rather than leave them out, so indexing is the fast path (`d.get` costs twice
        # as much) and a missing key the slow one.
        absent = 0
        try:
            try:
                cpu_usage = d["cpu_usage"]
            except KeyError:
                cpu_usage = None
                absent += 1
            try:
                memory_usage_mb = d["memory_usage_mb"]
            except KeyError:
                memory_usage_mb = None
                absent += 1
            try:
                disk_usage_gb = d["disk_usage_gb"]
            except KeyError:
                disk_usage_gb = None
                absent += 1
            field = "network_io"
            try:
                network_io = d["network_io"]
            except KeyError:
                network_io = None
                absent += 1
            if network_io is not None:
                network_io = NetworkIO.from_dict(network_io)
            try:
                uptime_seconds = d["uptime_seconds"]
            except KeyError:
                uptime_seconds = None
                absent += 1
            try:
                messages_sent = d["messages_sent"]
            except KeyError:
                messages_sent = None
                absent += 1
            try:
                messages_received = d["messages_received"]
            except KeyError:
                messages_received = None
                absent += 1
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.cpu_usage = cpu_usage
            _built.memory_usage_mb = memory_usage_mb
            _built.disk_usage_gb = disk_usage_gb
            _built.network_io = network_io
            _built.uptime_seconds = uptime_seconds
            _built.messages_sent = messages_sent
            _built.messages_received = messages_received
            _built._additional_properties = (
                None
                if len(d) + absent == 7
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("SandboxResourceMetrics", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at(
                "SandboxResourceMetrics", field, src_dict, error
            ) from error
        return _built

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
