from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import items, lacking, leniently, scalar, wrong_scalar
from ..types import (
    PayloadError,
    as_dict,
    as_list,
    extras_key,
)

T = TypeVar("T", bound="SandboxLogs")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "sandbox_id",
        "logs",
        "count",
        "offset",
        "limit",
    }
)


@_attrs_define()
class SandboxLogs:
    """One page of a sandbox's log (empty on today's server).

    Attributes:
        sandbox_id (str): Its id.
        logs (list[dict[str, Any]]): The entries, as the server sends them.
        count (int): Length of this page.
        offset (int): Entries skipped before this page.
        limit (int): The most entries a page holds.
    """

    sandbox_id: str
    logs: list[dict[str, Any]]
    count: int
    offset: int
    limit: int
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
        field_dict["logs"] = [dict(item0) for item0 in self.logs]
        field_dict["count"] = self.count
        field_dict["offset"] = self.offset
        field_dict["limit"] = self.limit
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
            field = "logs"
            logs = d["logs"]
            logs = [
                (item0 if type(item0) is dict else as_dict(item0))
                for item0 in as_list(logs)
            ]
            field = "count"
            count = d["count"]
            count = count if count.__class__ is int else wrong_scalar(count, int)
            field = "offset"
            offset = d["offset"]
            offset = offset if offset.__class__ is int else wrong_scalar(offset, int)
            field = "limit"
            limit = d["limit"]
            limit = limit if limit.__class__ is int else wrong_scalar(limit, int)
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.sandbox_id = sandbox_id
            _built.logs = logs
            _built.count = count
            _built.offset = offset
            _built.limit = limit
            _built._additional_properties = (
                None
                if len(d) + absent == 5
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("SandboxLogs", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("SandboxLogs", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "SandboxLogs"
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
            and "logs" not in _d
            and "count" not in _d
            and "offset" not in _d
            and "limit" not in _d
        ):
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        sandbox_id = _d.get("sandbox_id")
        if sandbox_id is None:
            lacking(_d, "sandbox_id", _problems, _where + ".sandbox_id")
        else:
            sandbox_id = scalar(sandbox_id, str, _problems, _where + ".sandbox_id")
        logs = _d.get("logs")
        if logs is None:
            lacking(_d, "logs", _problems, _where + ".logs")
        else:
            logs = items(
                logs,
                lambda item0, at0: leniently(
                    lambda: item0 if type(item0) is dict else as_dict(item0),
                    _problems,
                    at0,
                ),
                _problems,
                _where + ".logs",
            )
        count = _d.get("count")
        if count is None:
            lacking(_d, "count", _problems, _where + ".count")
        else:
            count = scalar(count, int, _problems, _where + ".count")
        offset = _d.get("offset")
        if offset is None:
            lacking(_d, "offset", _problems, _where + ".offset")
        else:
            offset = scalar(offset, int, _problems, _where + ".offset")
        limit = _d.get("limit")
        if limit is None:
            lacking(_d, "limit", _problems, _where + ".limit")
        else:
            limit = scalar(limit, int, _problems, _where + ".limit")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.sandbox_id = sandbox_id
        _built.logs = logs
        _built.count = count
        _built.offset = offset
        _built.limit = limit
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
