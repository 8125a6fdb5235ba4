from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import lacking, leniently, scalar, wrong_scalar
from ..types import (
    PayloadError,
    as_dict,
    extras_key,
    parse_datetime,
    recent_datetimes,
)

T = TypeVar("T", bound="SandboxHealth")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "status",
        "last_check",
        "container_status",
        "resource_usage",
    }
)


@_attrs_define()
class SandboxHealth:
    """A sandbox's health as the server last saw it.

    Attributes:
        status (str): Its state, as the sandbox's `status`.
        last_check (datetime.datetime | None): When it was last checked, or null.
        container_status (str | None): The state of the container behind it.
        resource_usage (dict[str, Any] | None): Usage figures, as the server reports them (empty today).
    """

    status: str
    last_check: datetime.datetime | None = None
    container_status: str | None = None
    resource_usage: dict[str, Any] | None = None
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
        # Set before each conversion only: a missing key names itself (`KeyError`).
        field = ""
        # Known keys that `d` lacks: with them, `len(d)` tells whether `d` holds unknown keys
        # (cheaper than comparing key sets on every object). Servers send optional keys as
        # null rather than leave them out, so indexing is the fast path (`d.get` costs twice
        # as much) and a missing key the slow one.
        absent = 0
        try:
            field = "status"
            status = d["status"]
            status = status if status.__class__ is str else wrong_scalar(status, str)
            field = "last_check"
            try:
                last_check = d["last_check"]
            except KeyError:
                last_check = None
                absent += 1
            if last_check is not None:
                last_check = recent_datetimes.get(last_check) or parse_datetime(
                    last_check
                )
            field = "container_status"
            try:
                container_status = d["container_status"]
            except KeyError:
                container_status = None
                absent += 1
            if container_status is not None:
                container_status = (
                    container_status
                    if container_status.__class__ is str
                    else wrong_scalar(container_status, str)
                )
            field = "resource_usage"
            try:
                resource_usage = d["resource_usage"]
            except KeyError:
                resource_usage = None
                absent += 1
            if resource_usage is not None:
                resource_usage = (
                    resource_usage
                    if type(resource_usage) is dict
                    else as_dict(resource_usage)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.status = status
            _built.last_check = last_check
            _built.container_status = container_status
            _built.resource_usage = resource_usage
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("SandboxHealth", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("SandboxHealth", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "SandboxHealth"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "status" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        status = _d.get("status")
        if status is None:
            lacking(_d, "status", _problems, _where + ".status")
        else:
            status = scalar(status, str, _problems, _where + ".status")
        last_check = _d.get("last_check")
        if last_check is not None:
            last_check = leniently(
                lambda: recent_datetimes.get(last_check) or parse_datetime(last_check),
                _problems,
                _where + ".last_check",
            )
        container_status = _d.get("container_status")
        if container_status is not None:
            container_status = scalar(
                container_status, str, _problems, _where + ".container_status"
            )
        resource_usage = _d.get("resource_usage")
        if resource_usage is not None:
            resource_usage = leniently(
                lambda: (
                    resource_usage
                    if type(resource_usage) is dict
                    else as_dict(resource_usage)
                ),
                _problems,
                _where + ".resource_usage",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.status = status
        _built.last_check = last_check
        _built.container_status = container_status
        _built.resource_usage = resource_usage
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
