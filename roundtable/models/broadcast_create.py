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

T = TypeVar("T", bound="BroadcastCreate")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "content",
        "message_type",
        "exclude_sender",
        "from_sandbox_id",
    }
)


@_attrs_define()
class BroadcastCreate:
    """
    Attributes:
        content (dict[str, Any]): Any JSON object.
        message_type (str | None): Free text.
        exclude_sender (bool | None): The `exclude_sender` of the payload.
        from_sandbox_id (str | None): The sender; accepted and ignored by today's server.
    """

    content: dict[str, Any]
    message_type: str | None = None
    exclude_sender: bool | None = None
    from_sandbox_id: str | None = None
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
        field_dict["content"] = dict(self.content)
        if self.message_type is not None:
            field_dict["message_type"] = self.message_type
        if self.exclude_sender is not None:
            field_dict["exclude_sender"] = self.exclude_sender
        if self.from_sandbox_id is not None:
            field_dict["from_sandbox_id"] = self.from_sandbox_id
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
            field = "content"
            content = d["content"]
            content = content if type(content) is dict else as_dict(content)
            field = "message_type"
            try:
                message_type = d["message_type"]
            except KeyError:
                message_type = None
                absent += 1
            if message_type is not None:
                message_type = (
                    message_type
                    if message_type.__class__ is str
                    else wrong_scalar(message_type, str)
                )
            field = "exclude_sender"
            try:
                exclude_sender = d["exclude_sender"]
            except KeyError:
                exclude_sender = None
                absent += 1
            if exclude_sender is not None:
                exclude_sender = (
                    exclude_sender
                    if exclude_sender.__class__ is bool
                    else wrong_scalar(exclude_sender, bool)
                )
            field = "from_sandbox_id"
            try:
                from_sandbox_id = d["from_sandbox_id"]
            except KeyError:
                from_sandbox_id = None
                absent += 1
            if from_sandbox_id is not None:
                from_sandbox_id = (
                    from_sandbox_id
                    if from_sandbox_id.__class__ is str
                    else wrong_scalar(from_sandbox_id, str)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.content = content
            _built.message_type = message_type
            _built.exclude_sender = exclude_sender
            _built.from_sandbox_id = from_sandbox_id
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("BroadcastCreate", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("BroadcastCreate", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "BroadcastCreate"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "content" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        content = _d.get("content")
        if content is None:
            lacking(_d, "content", _problems, _where + ".content")
        else:
            content = leniently(
                lambda: content if type(content) is dict else as_dict(content),
                _problems,
                _where + ".content",
            )
        message_type = _d.get("message_type")
        if message_type is not None:
            message_type = scalar(
                message_type, str, _problems, _where + ".message_type"
            )
        exclude_sender = _d.get("exclude_sender")
        if exclude_sender is not None:
            exclude_sender = scalar(
                exclude_sender, bool, _problems, _where + ".exclude_sender"
            )
        from_sandbox_id = _d.get("from_sandbox_id")
        if from_sandbox_id is not None:
            from_sandbox_id = scalar(
                from_sandbox_id, str, _problems, _where + ".from_sandbox_id"
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.content = content
        _built.message_type = message_type
        _built.exclude_sender = exclude_sender
        _built.from_sandbox_id = from_sandbox_id
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
