from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import lacking, leniently, scalar, wrong_scalar
from ..types import (
    PayloadError,
    as_dict,
    extras_key,
)

T = TypeVar("T", bound="MessageTotals")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "total",
        "by_type",
        "by_status",
    }
)


@_attrs_define()
class MessageTotals:
    """Message counts.

    Attributes:
        total (int): All messages.
        by_type (dict[str, int] | None): A count per key: per state, or per type.
        by_status (dict[str, int] | None): A count per key: per state, or per type.
    """

    total: int
    by_type: dict[str, int] | None = None
    by_status: dict[str, int] | None = None
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
        field_dict["total"] = self.total
        if self.by_type is not None:
            field_dict["by_type"] = dict(self.by_type)
        if self.by_status is not None:
            field_dict["by_status"] = dict(self.by_status)
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
            field = "total"
            total = d["total"]
            total = total if total.__class__ is int else wrong_scalar(total, int)
            field = "by_type"
            try:
                by_type = d["by_type"]
            except KeyError:
                by_type = None
                absent += 1
            if by_type is not None:
                by_type = by_type if type(by_type) is dict else as_dict(by_type)
            field = "by_status"
            try:
                by_status = d["by_status"]
            except KeyError:
                by_status = None
                absent += 1
            if by_status is not None:
                by_status = by_status if type(by_status) is dict else as_dict(by_status)
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.total = total
            _built.by_type = by_type
            _built.by_status = by_status
            _built._additional_properties = (
                None
                if len(d) + absent == 3
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("MessageTotals", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("MessageTotals", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "MessageTotals"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "total" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        total = _d.get("total")
        if total is None:
            lacking(_d, "total", _problems, _where + ".total")
        else:
            total = scalar(total, int, _problems, _where + ".total")
        by_type = _d.get("by_type")
        if by_type is not None:
            by_type = leniently(
                lambda: by_type if type(by_type) is dict else as_dict(by_type),
                _problems,
                _where + ".by_type",
            )
        by_status = _d.get("by_status")
        if by_status is not None:
            by_status = leniently(
                lambda: by_status if type(by_status) is dict else as_dict(by_status),
                _problems,
                _where + ".by_status",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.total = total
        _built.by_type = by_type
        _built.by_status = by_status
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
