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
            field = "current_step"
            current_step = d["current_step"]
            current_step = (
                current_step
                if current_step.__class__ is int
                else wrong_scalar(current_step, int)
            )
            field = "total_steps"
            total_steps = d["total_steps"]
            total_steps = (
                total_steps
                if total_steps.__class__ is int
                else wrong_scalar(total_steps, int)
            )
            field = "percentage"
            percentage = d["percentage"]
            percentage = (
                percentage
                if percentage.__class__ is float or percentage.__class__ is int
                else wrong_scalar(percentage, float)
            )
            field = "status_message"
            try:
                status_message = d["status_message"]
            except KeyError:
                status_message = None
                absent += 1
            if status_message is not None:
                status_message = (
                    status_message
                    if status_message.__class__ is str
                    else wrong_scalar(status_message, str)
                )
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

    @classmethod
    def _lenient(
        cls: type[T],
        _d: Any,
        _problems: list[str],
        _where: str = "CollaborationProgress",
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
            "current_step" not in _d
            and "total_steps" not in _d
            and "percentage" not in _d
        ):
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        current_step = _d.get("current_step")
        if current_step is None:
            lacking(_d, "current_step", _problems, _where + ".current_step")
        else:
            current_step = scalar(
                current_step, int, _problems, _where + ".current_step"
            )
        total_steps = _d.get("total_steps")
        if total_steps is None:
            lacking(_d, "total_steps", _problems, _where + ".total_steps")
        else:
            total_steps = scalar(total_steps, int, _problems, _where + ".total_steps")
        percentage = _d.get("percentage")
        if percentage is None:
            lacking(_d, "percentage", _problems, _where + ".percentage")
        else:
            percentage = scalar(percentage, float, _problems, _where + ".percentage")
        status_message = _d.get("status_message")
        if status_message is not None:
            status_message = scalar(
                status_message, str, _problems, _where + ".status_message"
            )
        last_update = _d.get("last_update")
        if last_update is not None:
            last_update = leniently(
                lambda: (
                    recent_datetimes.get(last_update) or parse_datetime(last_update)
                ),
                _problems,
                _where + ".last_update",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.current_step = current_step
        _built.total_steps = total_steps
        _built.percentage = percentage
        _built.status_message = status_message
        _built.last_update = last_update
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
