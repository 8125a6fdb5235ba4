from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import scalar, wrong_scalar
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
            field = "cpu_usage"
            try:
                cpu_usage = d["cpu_usage"]
            except KeyError:
                cpu_usage = None
                absent += 1
            if cpu_usage is not None:
                cpu_usage = (
                    cpu_usage
                    if cpu_usage.__class__ is float or cpu_usage.__class__ is int
                    else wrong_scalar(cpu_usage, float)
                )
            field = "memory_usage_mb"
            try:
                memory_usage_mb = d["memory_usage_mb"]
            except KeyError:
                memory_usage_mb = None
                absent += 1
            if memory_usage_mb is not None:
                memory_usage_mb = (
                    memory_usage_mb
                    if memory_usage_mb.__class__ is float
                    or memory_usage_mb.__class__ is int
                    else wrong_scalar(memory_usage_mb, float)
                )
            field = "disk_usage_gb"
            try:
                disk_usage_gb = d["disk_usage_gb"]
            except KeyError:
                disk_usage_gb = None
                absent += 1
            if disk_usage_gb is not None:
                disk_usage_gb = (
                    disk_usage_gb
                    if disk_usage_gb.__class__ is float
                    or disk_usage_gb.__class__ is int
                    else wrong_scalar(disk_usage_gb, float)
                )
            field = "network_io"
            try:
                network_io = d["network_io"]
            except KeyError:
                network_io = None
                absent += 1
            if network_io is not None:
                network_io = NetworkIO.from_dict(network_io)
            field = "uptime_seconds"
            try:
                uptime_seconds = d["uptime_seconds"]
            except KeyError:
                uptime_seconds = None
                absent += 1
            if uptime_seconds is not None:
                uptime_seconds = (
                    uptime_seconds
                    if uptime_seconds.__class__ is float
                    or uptime_seconds.__class__ is int
                    else wrong_scalar(uptime_seconds, float)
                )
            field = "messages_sent"
            try:
                messages_sent = d["messages_sent"]
            except KeyError:
                messages_sent = None
                absent += 1
            if messages_sent is not None:
                messages_sent = (
                    messages_sent
                    if messages_sent.__class__ is int
                    else wrong_scalar(messages_sent, int)
                )
            field = "messages_received"
            try:
                messages_received = d["messages_received"]
            except KeyError:
                messages_received = None
                absent += 1
            if messages_received is not None:
                messages_received = (
                    messages_received
                    if messages_received.__class__ is int
                    else wrong_scalar(messages_received, int)
                )
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

    @classmethod
    def _lenient(
        cls: type[T],
        _d: Any,
        _problems: list[str],
        _where: str = "SandboxResourceMetrics",
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        cpu_usage = _d.get("cpu_usage")
        if cpu_usage is not None:
            cpu_usage = scalar(cpu_usage, float, _problems, _where + ".cpu_usage")
        memory_usage_mb = _d.get("memory_usage_mb")
        if memory_usage_mb is not None:
            memory_usage_mb = scalar(
                memory_usage_mb, float, _problems, _where + ".memory_usage_mb"
            )
        disk_usage_gb = _d.get("disk_usage_gb")
        if disk_usage_gb is not None:
            disk_usage_gb = scalar(
                disk_usage_gb, float, _problems, _where + ".disk_usage_gb"
            )
        network_io = _d.get("network_io")
        if network_io is not None:
            network_io = NetworkIO._lenient(
                network_io, _problems, _where + ".network_io"
            )
        uptime_seconds = _d.get("uptime_seconds")
        if uptime_seconds is not None:
            uptime_seconds = scalar(
                uptime_seconds, float, _problems, _where + ".uptime_seconds"
            )
        messages_sent = _d.get("messages_sent")
        if messages_sent is not None:
            messages_sent = scalar(
                messages_sent, int, _problems, _where + ".messages_sent"
            )
        messages_received = _d.get("messages_received")
        if messages_received is not None:
            messages_received = scalar(
                messages_received, int, _problems, _where + ".messages_received"
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.cpu_usage = cpu_usage
        _built.memory_usage_mb = memory_usage_mb
        _built.disk_usage_gb = disk_usage_gb
        _built.network_io = network_io
        _built.uptime_seconds = uptime_seconds
        _built.messages_sent = messages_sent
        _built.messages_received = messages_received
        _extras = {key: value for key, value in _d.items() if key not in _KNOWN_FIELDS}
        _built._additional_properties = _extras or None
        return _made

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
