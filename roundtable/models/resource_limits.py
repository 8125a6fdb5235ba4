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

T = TypeVar("T", bound="ResourceLimits")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "max_memory_mb",
        "max_cpu_cores",
        "max_disk_gb",
        "timeout_seconds",
    }
)


@_attrs_define()
class ResourceLimits:
    """What a sandbox may use (checked against their ranges; today's server does not enforce them).

    Attributes:
        max_memory_mb (int | None): Memory, in MB (128 to 16384).
        max_cpu_cores (float | None): CPU cores (0.1 to 16).
        max_disk_gb (int | None): Disk, in GB (1 to 1000).
        timeout_seconds (int | None): Seconds a task may run (10 to 86400).
    """

    max_memory_mb: int | None = None
    max_cpu_cores: float | None = None
    max_disk_gb: int | None = None
    timeout_seconds: int | None = None
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
        if self.max_memory_mb is not None:
            field_dict["max_memory_mb"] = self.max_memory_mb
        if self.max_cpu_cores is not None:
            field_dict["max_cpu_cores"] = self.max_cpu_cores
        if self.max_disk_gb is not None:
            field_dict["max_disk_gb"] = self.max_disk_gb
        if self.timeout_seconds is not None:
            field_dict["timeout_seconds"] = self.timeout_seconds
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
            field = "max_memory_mb"
            try:
                max_memory_mb = d["max_memory_mb"]
            except KeyError:
                max_memory_mb = None
                absent += 1
            if max_memory_mb is not None:
                max_memory_mb = (
                    max_memory_mb
                    if max_memory_mb.__class__ is int
                    else wrong_scalar(max_memory_mb, int)
                )
            field = "max_cpu_cores"
            try:
                max_cpu_cores = d["max_cpu_cores"]
            except KeyError:
                max_cpu_cores = None
                absent += 1
            if max_cpu_cores is not None:
                max_cpu_cores = (
                    max_cpu_cores
                    if max_cpu_cores.__class__ is float
                    or max_cpu_cores.__class__ is int
                    else wrong_scalar(max_cpu_cores, float)
                )
            field = "max_disk_gb"
            try:
                max_disk_gb = d["max_disk_gb"]
            except KeyError:
                max_disk_gb = None
                absent += 1
            if max_disk_gb is not None:
                max_disk_gb = (
                    max_disk_gb
                    if max_disk_gb.__class__ is int
                    else wrong_scalar(max_disk_gb, int)
                )
            field = "timeout_seconds"
            try:
                timeout_seconds = d["timeout_seconds"]
            except KeyError:
                timeout_seconds = None
                absent += 1
            if timeout_seconds is not None:
                timeout_seconds = (
                    timeout_seconds
                    if timeout_seconds.__class__ is int
                    else wrong_scalar(timeout_seconds, int)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.max_memory_mb = max_memory_mb
            _built.max_cpu_cores = max_cpu_cores
            _built.max_disk_gb = max_disk_gb
            _built.timeout_seconds = timeout_seconds
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("ResourceLimits", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("ResourceLimits", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "ResourceLimits"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        max_memory_mb = _d.get("max_memory_mb")
        if max_memory_mb is not None:
            max_memory_mb = scalar(
                max_memory_mb, int, _problems, _where + ".max_memory_mb"
            )
        max_cpu_cores = _d.get("max_cpu_cores")
        if max_cpu_cores is not None:
            max_cpu_cores = scalar(
                max_cpu_cores, float, _problems, _where + ".max_cpu_cores"
            )
        max_disk_gb = _d.get("max_disk_gb")
        if max_disk_gb is not None:
            max_disk_gb = scalar(max_disk_gb, int, _problems, _where + ".max_disk_gb")
        timeout_seconds = _d.get("timeout_seconds")
        if timeout_seconds is not None:
            timeout_seconds = scalar(
                timeout_seconds, int, _problems, _where + ".timeout_seconds"
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.max_memory_mb = max_memory_mb
        _built.max_cpu_cores = max_cpu_cores
        _built.max_disk_gb = max_disk_gb
        _built.timeout_seconds = timeout_seconds
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
