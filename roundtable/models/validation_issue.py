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

T = TypeVar("T", bound="ValidationIssue")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "loc",
        "msg",
        "type",
        "input",
        "ctx",
        "url",
    }
)


@_attrs_define()
class ValidationIssue:
    """
    Attributes:
        loc (list[str | int]): Where the issue is, e.g. `["body", "name"]` or `["query", "limit"]`.
        msg (str): The `msg` of the payload.
        type_ (str | None): The kind of issue, e.g. `missing`, `string_too_short`.
        input_ (Any | None): The value that was refused.
        ctx (dict[str, Any] | None): The `ctx` of the payload.
        url (str | None): The `url` of the payload.
    """

    loc: list[str | int]
    msg: str
    type_: str | None = None
    input_: Any | None = None
    ctx: dict[str, Any] | None = None
    url: str | None = None
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
        field_dict["loc"] = list(self.loc)
        field_dict["msg"] = self.msg
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.input_ is not None:
            field_dict["input"] = self.input_
        if self.ctx is not None:
            field_dict["ctx"] = dict(self.ctx)
        if self.url is not None:
            field_dict["url"] = self.url
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
            field = "loc"
            loc = d["loc"]
            loc = as_list(loc)
            field = "msg"
            msg = d["msg"]
            msg = msg if msg.__class__ is str else wrong_scalar(msg, str)
            field = "type"
            try:
                type_ = d["type"]
            except KeyError:
                type_ = None
                absent += 1
            if type_ is not None:
                type_ = type_ if type_.__class__ is str else wrong_scalar(type_, str)
            try:
                input_ = d["input"]
            except KeyError:
                input_ = None
                absent += 1
            field = "ctx"
            try:
                ctx = d["ctx"]
            except KeyError:
                ctx = None
                absent += 1
            if ctx is not None:
                ctx = ctx if type(ctx) is dict else as_dict(ctx)
            field = "url"
            try:
                url = d["url"]
            except KeyError:
                url = None
                absent += 1
            if url is not None:
                url = url if url.__class__ is str else wrong_scalar(url, str)
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.loc = loc
            _built.msg = msg
            _built.type_ = type_
            _built.input_ = input_
            _built.ctx = ctx
            _built.url = url
            _built._additional_properties = (
                None
                if len(d) + absent == 6
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("ValidationIssue", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("ValidationIssue", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "ValidationIssue"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "loc" not in _d and "msg" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        loc = _d.get("loc")
        if loc is None:
            lacking(_d, "loc", _problems, _where + ".loc")
        else:
            loc = items(loc, lambda item0, at0: item0, _problems, _where + ".loc")
        msg = _d.get("msg")
        if msg is None:
            lacking(_d, "msg", _problems, _where + ".msg")
        else:
            msg = scalar(msg, str, _problems, _where + ".msg")
        type_ = _d.get("type")
        if type_ is not None:
            type_ = scalar(type_, str, _problems, _where + ".type")
        input_ = _d.get("input")
        ctx = _d.get("ctx")
        if ctx is not None:
            ctx = leniently(
                lambda: ctx if type(ctx) is dict else as_dict(ctx),
                _problems,
                _where + ".ctx",
            )
        url = _d.get("url")
        if url is not None:
            url = scalar(url, str, _problems, _where + ".url")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.loc = loc
        _built.msg = msg
        _built.type_ = type_
        _built.input_ = input_
        _built.ctx = ctx
        _built.url = url
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
