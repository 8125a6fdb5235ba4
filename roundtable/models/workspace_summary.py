from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import lacking, leniently, scalar, wrong_scalar
from ..types import (
    PayloadError,
    extras_key,
    parse_datetime,
    recent_datetimes,
)

T = TypeVar("T", bound="WorkspaceSummary")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "workspace_id",
        "name",
        "sandbox_count",
        "created_at",
        "description",
    }
)


@_attrs_define()
class WorkspaceSummary:
    """A workspace as a list shows it.

    Attributes:
        workspace_id (str): Its id.
        name (str): Its name.
        sandbox_count (int): How many sandboxes it holds.
        created_at (datetime.datetime): When it was created.
        description (str | None): Free text, or null.
    """

    workspace_id: str
    name: str
    sandbox_count: int
    created_at: datetime.datetime
    description: str | None = None
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
        field_dict["workspace_id"] = self.workspace_id
        field_dict["name"] = self.name
        field_dict["sandbox_count"] = self.sandbox_count
        field_dict["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            field_dict["description"] = self.description
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
            field = "workspace_id"
            workspace_id = d["workspace_id"]
            workspace_id = (
                workspace_id
                if workspace_id.__class__ is str
                else wrong_scalar(workspace_id, str)
            )
            field = "name"
            name = d["name"]
            name = name if name.__class__ is str else wrong_scalar(name, str)
            field = "sandbox_count"
            sandbox_count = d["sandbox_count"]
            sandbox_count = (
                sandbox_count
                if sandbox_count.__class__ is int
                else wrong_scalar(sandbox_count, int)
            )
            field = "created_at"
            created_at = d["created_at"]
            created_at = recent_datetimes.get(created_at) or parse_datetime(created_at)
            field = "description"
            try:
                description = d["description"]
            except KeyError:
                description = None
                absent += 1
            if description is not None:
                description = (
                    description
                    if description.__class__ is str
                    else wrong_scalar(description, str)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.workspace_id = workspace_id
            _built.name = name
            _built.sandbox_count = sandbox_count
            _built.created_at = created_at
            _built.description = description
            _built._additional_properties = (
                None
                if len(d) + absent == 5
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("WorkspaceSummary", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("WorkspaceSummary", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "WorkspaceSummary"
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
            "workspace_id" not in _d
            and "name" not in _d
            and "sandbox_count" not in _d
            and "created_at" not in _d
        ):
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        workspace_id = _d.get("workspace_id")
        if workspace_id is None:
            lacking(_d, "workspace_id", _problems, _where + ".workspace_id")
        else:
            workspace_id = scalar(
                workspace_id, str, _problems, _where + ".workspace_id"
            )
        name = _d.get("name")
        if name is None:
            lacking(_d, "name", _problems, _where + ".name")
        else:
            name = scalar(name, str, _problems, _where + ".name")
        sandbox_count = _d.get("sandbox_count")
        if sandbox_count is None:
            lacking(_d, "sandbox_count", _problems, _where + ".sandbox_count")
        else:
            sandbox_count = scalar(
                sandbox_count, int, _problems, _where + ".sandbox_count"
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
        description = _d.get("description")
        if description is not None:
            description = scalar(description, str, _problems, _where + ".description")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.workspace_id = workspace_id
        _built.name = name
        _built.sandbox_count = sandbox_count
        _built.created_at = created_at
        _built.description = description
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
