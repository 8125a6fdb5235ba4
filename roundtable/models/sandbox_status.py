from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import lacking, leniently, scalar, wrong_scalar
from ..models.known_sandbox_state import KnownSandboxState
from ..types import (
    PayloadError,
    extras_key,
    parse_datetime,
    parse_open_enum,
    recent_datetimes,
)
from ._derived import SandboxStatusDerived

T = TypeVar("T", bound="SandboxStatus")

_KNOWNSANDBOXSTATE = {member.value: member for member in KnownSandboxState}
_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "sandbox_id",
        "status",
        "created_at",
        "updated_at",
        "uptime_seconds",
    }
)


@_attrs_define()
class SandboxStatus(SandboxStatusDerived):
    """A sandbox's state and timestamps.

    Attributes:
        sandbox_id (str): Its id.
        status (KnownSandboxState | str): Known values: `provisioning` (after create), `running`, `stopped`, `error`.
            Other strings may appear and must be accepted.
        created_at (datetime.datetime): When it was created.
        updated_at (datetime.datetime): When it last changed (today's server moves it when the sandbox starts).
        uptime_seconds (float | None): Seconds running; not sent by today's server.
    """

    sandbox_id: str
    status: KnownSandboxState | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    uptime_seconds: float | None = None
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
        field_dict["sandbox_id"] = self.sandbox_id
        field_dict["status"] = str(self.status)
        field_dict["created_at"] = self.created_at.isoformat()
        field_dict["updated_at"] = self.updated_at.isoformat()
        if self.uptime_seconds is not None:
            field_dict["uptime_seconds"] = self.uptime_seconds
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
            field = "sandbox_id"
            sandbox_id = d["sandbox_id"]
            sandbox_id = (
                sandbox_id
                if sandbox_id.__class__ is str
                else wrong_scalar(sandbox_id, str)
            )
            field = "status"
            status = d["status"]
            status = _KNOWNSANDBOXSTATE.get(status) or parse_open_enum(
                _KNOWNSANDBOXSTATE, status
            )
            field = "created_at"
            created_at = d["created_at"]
            created_at = recent_datetimes.get(created_at) or parse_datetime(created_at)
            field = "updated_at"
            updated_at = d["updated_at"]
            updated_at = recent_datetimes.get(updated_at) or parse_datetime(updated_at)
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
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.sandbox_id = sandbox_id
            _built.status = status
            _built.created_at = created_at
            _built.updated_at = updated_at
            _built.uptime_seconds = uptime_seconds
            _built._additional_properties = (
                None
                if len(d) + absent == 5
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("SandboxStatus", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("SandboxStatus", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "SandboxStatus"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if (
            "sandbox_id" not in _d
            and "status" not in _d
            and "created_at" not in _d
            and "updated_at" not in _d
        ):
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        sandbox_id = _d.get("sandbox_id")
        if sandbox_id is None:
            lacking(_d, "sandbox_id", _problems, _where + ".sandbox_id")
        else:
            sandbox_id = scalar(sandbox_id, str, _problems, _where + ".sandbox_id")
        status = _d.get("status")
        if status is None:
            lacking(_d, "status", _problems, _where + ".status")
        else:
            status = leniently(
                lambda: (
                    _KNOWNSANDBOXSTATE.get(status)
                    or parse_open_enum(_KNOWNSANDBOXSTATE, status)
                ),
                _problems,
                _where + ".status",
            )
        created_at = _d.get("created_at")
        if created_at is None:
            lacking(_d, "created_at", _problems, _where + ".created_at")
        else:
            created_at = leniently(
                lambda: recent_datetimes.get(created_at) or parse_datetime(created_at),
                _problems,
                _where + ".created_at",
            )
        updated_at = _d.get("updated_at")
        if updated_at is None:
            lacking(_d, "updated_at", _problems, _where + ".updated_at")
        else:
            updated_at = leniently(
                lambda: recent_datetimes.get(updated_at) or parse_datetime(updated_at),
                _problems,
                _where + ".updated_at",
            )
        uptime_seconds = _d.get("uptime_seconds")
        if uptime_seconds is not None:
            uptime_seconds = scalar(
                uptime_seconds, float, _problems, _where + ".uptime_seconds"
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.sandbox_id = sandbox_id
        _built.status = status
        _built.created_at = created_at
        _built.updated_at = updated_at
        _built.uptime_seconds = uptime_seconds
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
