from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import leniently, scalar, wrong_scalar
from ..types import (
    PayloadError,
    as_list,
    extras_key,
)

T = TypeVar("T", bound="ErrorBody")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "detail",
        "success",
        "error",
    }
)


@_attrs_define()
class ErrorBody:
    """Either FastAPI's form (`detail`: a message, or a list of validation issues for 422)
    or the documented envelope (`success: false`, `error`).

        Attributes:
            detail (str | list[ValidationIssue] | None): The server's message, or the validation issues of a 422.
            success (bool | None): Always false in the documented form.
            error (ErrorDetail | None): The `error` of the payload.
    """

    detail: str | list[ValidationIssue] | None = None
    success: bool | None = None
    error: ErrorDetail | None = None
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
        if self.detail is not None:
            field_dict["detail"] = (
                self.detail
                if isinstance(self.detail, str)
                else [item0.to_dict() for item0 in self.detail]
            )
        if self.success is not None:
            field_dict["success"] = self.success
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
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
            field = "detail"
            try:
                detail = d["detail"]
            except KeyError:
                detail = None
                absent += 1
            if detail is not None:
                detail = (
                    (detail if detail.__class__ is str else wrong_scalar(detail, str))
                    if isinstance(detail, str)
                    else [ValidationIssue.from_dict(item0) for item0 in as_list(detail)]
                )
            field = "success"
            try:
                success = d["success"]
            except KeyError:
                success = None
                absent += 1
            if success is not None:
                success = (
                    success
                    if success.__class__ is bool
                    else wrong_scalar(success, bool)
                )
            field = "error"
            try:
                error = d["error"]
            except KeyError:
                error = None
                absent += 1
            if error is not None:
                error = ErrorDetail.from_dict(error)
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.detail = detail
            _built.success = success
            _built.error = error
            _built._additional_properties = (
                None
                if len(d) + absent == 3
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("ErrorBody", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("ErrorBody", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "ErrorBody"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        detail = _d.get("detail")
        if detail is not None:
            detail = leniently(
                lambda: (
                    (detail if detail.__class__ is str else wrong_scalar(detail, str))
                    if isinstance(detail, str)
                    else [ValidationIssue.from_dict(item0) for item0 in as_list(detail)]
                ),
                _problems,
                _where + ".detail",
            )
        success = _d.get("success")
        if success is not None:
            success = scalar(success, bool, _problems, _where + ".success")
        error = _d.get("error")
        if error is not None:
            error = ErrorDetail._lenient(error, _problems, _where + ".error")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.detail = detail
        _built.success = success
        _built.error = error
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
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.validation_issue import ValidationIssue  # noqa: E402
