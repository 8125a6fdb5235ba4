from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
    extras_key,
    parse_datetime,
    recent_datetimes,
)
from ._derived import CollaborationProgressDerived

T = TypeVar("T", bound="CollaborationProgress")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "current_step",
        "total_steps",
        "percentage",
        "status_message",
        "last_update",
    }
)


@_attrs_define()
class CollaborationProgress(CollaborationProgressDerived):
    """How far a collaboration has come; prints as `40% (step 2 of 5: Round 2)`.

    Attributes:
        current_step (int): The step it is on.
        total_steps (int): Steps in all.
        percentage (float): 0 to 100.
        status_message (str | None): What it is doing.
        last_update (datetime.datetime | None): When it last moved on, or null.
    """

    current_step: int
    total_steps: int
    percentage: float
    status_message: str | None = None
    last_update: datetime.datetime | None = None
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
        field_dict["current_step"] = self.current_step
        field_dict["total_steps"] = self.total_steps
        field_dict["percentage"] = self.percentage
        if self.status_message is not None:
            field_dict["status_message"] = self.status_message
        if self.last_update is not None:
            field_dict["last_update"] = self.last_update.isoformat()
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
            current_step = d["current_step"]
            total_steps = d["total_steps"]
            percentage = d["percentage"]
            try:
                status_message = d["status_message"]
            except KeyError:
                status_message = None
                absent += 1
            field = "last_update"
            try:
                last_update = d["last_update"]
            except KeyError:
                last_update = None
                absent += 1
            if last_update is not None:
                last_update = recent_datetimes.get(last_update) or parse_datetime(
                    last_update
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.current_step = current_step
            _built.total_steps = total_steps
            _built.percentage = percentage
            _built.status_message = status_message
            _built.last_update = last_update
            _built._additional_properties = (
                None
                if len(d) + absent == 5
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("CollaborationProgress", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at(
                "CollaborationProgress", field, src_dict, error
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
