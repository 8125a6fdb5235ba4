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

T = TypeVar("T", bound="Message")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "message_id",
        "from_sandbox_id",
        "workspace_id",
        "content",
        "message_type",
        "status",
        "created_at",
        "updated_at",
        "to_sandbox_id",
    }
)


@_attrs_define()
class Message:
    """A message from one sandbox to another.

    Attributes:
        message_id (str): Its id (`msg_…` today).
        from_sandbox_id (str): The sender.
        workspace_id (str): The workspace of both.
        content (dict[str, Any]): Any JSON object.
        message_type (str): One of the MessageType values (broadcasts may carry others).
        status (DeliveryStatus): Where a message is on its way; equal to its status word (`message.status == "pending"`).
        created_at (datetime.datetime): When it was sent.
        updated_at (datetime.datetime): When its state last changed.
        to_sandbox_id (str | None): The recipient.
    """

    message_id: str
    from_sandbox_id: str
    workspace_id: str
    content: dict[str, Any]
    message_type: str
    status: DeliveryStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    to_sandbox_id: str | None = None
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
        field_dict["message_id"] = self.message_id
        field_dict["from_sandbox_id"] = self.from_sandbox_id
        field_dict["workspace_id"] = self.workspace_id
        field_dict["content"] = dict(self.content)
        field_dict["message_type"] = self.message_type
        field_dict["status"] = self.status.to_dict()
        field_dict["created_at"] = self.created_at.isoformat()
        field_dict["updated_at"] = self.updated_at.isoformat()
        if self.to_sandbox_id is not None:
            field_dict["to_sandbox_id"] = self.to_sandbox_id
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
            field = "message_id"
            message_id = d["message_id"]
            message_id = (
                message_id
                if message_id.__class__ is str
                else wrong_scalar(message_id, str)
            )
            field = "from_sandbox_id"
            from_sandbox_id = d["from_sandbox_id"]
            from_sandbox_id = (
                from_sandbox_id
                if from_sandbox_id.__class__ is str
                else wrong_scalar(from_sandbox_id, str)
            )
            field = "workspace_id"
            workspace_id = d["workspace_id"]
            workspace_id = (
                workspace_id
                if workspace_id.__class__ is str
                else wrong_scalar(workspace_id, str)
            )
            field = "content"
            content = d["content"]
            content = content if type(content) is dict else as_dict(content)
            field = "message_type"
            message_type = d["message_type"]
            message_type = (
                message_type
                if message_type.__class__ is str
                else wrong_scalar(message_type, str)
            )
            field = "status"
            status = d["status"]
            status = DeliveryStatus.from_dict(status)
            field = "created_at"
            created_at = d["created_at"]
            created_at = recent_datetimes.get(created_at) or parse_datetime(created_at)
            field = "updated_at"
            updated_at = d["updated_at"]
            updated_at = recent_datetimes.get(updated_at) or parse_datetime(updated_at)
            field = "to_sandbox_id"
            try:
                to_sandbox_id = d["to_sandbox_id"]
            except KeyError:
                to_sandbox_id = None
                absent += 1
            if to_sandbox_id is not None:
                to_sandbox_id = (
                    to_sandbox_id
                    if to_sandbox_id.__class__ is str
                    else wrong_scalar(to_sandbox_id, str)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.message_id = message_id
            _built.from_sandbox_id = from_sandbox_id
            _built.workspace_id = workspace_id
            _built.content = content
            _built.message_type = message_type
            _built.status = status
            _built.created_at = created_at
            _built.updated_at = updated_at
            _built.to_sandbox_id = to_sandbox_id
            _built._additional_properties = (
                None
                if len(d) + absent == 9
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("Message", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("Message", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "Message"
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
            "message_id" not in _d
            and "from_sandbox_id" not in _d
            and "workspace_id" not in _d
            and "content" not in _d
            and "message_type" not in _d
            and "status" not in _d
            and "created_at" not in _d
            and "updated_at" not in _d
        ):
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        message_id = _d.get("message_id")
        if message_id is None:
            lacking(_d, "message_id", _problems, _where + ".message_id")
        else:
            message_id = scalar(message_id, str, _problems, _where + ".message_id")
        from_sandbox_id = _d.get("from_sandbox_id")
        if from_sandbox_id is None:
            lacking(_d, "from_sandbox_id", _problems, _where + ".from_sandbox_id")
        else:
            from_sandbox_id = scalar(
                from_sandbox_id, str, _problems, _where + ".from_sandbox_id"
            )
        workspace_id = _d.get("workspace_id")
        if workspace_id is None:
            lacking(_d, "workspace_id", _problems, _where + ".workspace_id")
        else:
            workspace_id = scalar(
                workspace_id, str, _problems, _where + ".workspace_id"
            )
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
        if message_type is None:
            lacking(_d, "message_type", _problems, _where + ".message_type")
        else:
            message_type = scalar(
                message_type, str, _problems, _where + ".message_type"
            )
        status = _d.get("status")
        if status is None:
            lacking(_d, "status", _problems, _where + ".status")
        else:
            status = DeliveryStatus._lenient(status, _problems, _where + ".status")
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
        to_sandbox_id = _d.get("to_sandbox_id")
        if to_sandbox_id is not None:
            to_sandbox_id = scalar(
                to_sandbox_id, str, _problems, _where + ".to_sandbox_id"
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.message_id = message_id
        _built.from_sandbox_id = from_sandbox_id
        _built.workspace_id = workspace_id
        _built.content = content
        _built.message_type = message_type
        _built.status = status
        _built.created_at = created_at
        _built.updated_at = updated_at
        _built.to_sandbox_id = to_sandbox_id
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
from ..models.delivery_status import DeliveryStatus  # noqa: E402
