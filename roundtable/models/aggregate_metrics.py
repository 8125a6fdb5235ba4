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
from ._derived import AggregateMetricsDerived

T = TypeVar("T", bound="AggregateMetrics")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "workspace_id",
        "sandboxes",
        "messages",
        "collaborations",
        "timestamp",
    }
)


@_attrs_define()
class AggregateMetrics(AggregateMetricsDerived):
    """Counts of a workspace's sandboxes, messages and collaborations.

    Attributes:
        workspace_id (str): The workspace.
        sandboxes (SandboxTotals): Sandbox counts.
        messages (MessageTotals): Message counts.
        collaborations (CollaborationTotals): Collaboration counts.
        timestamp (datetime.datetime): When the counts were taken.
    """

    workspace_id: str
    sandboxes: SandboxTotals
    messages: MessageTotals
    collaborations: CollaborationTotals
    timestamp: datetime.datetime
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
        field_dict["sandboxes"] = self.sandboxes.to_dict()
        field_dict["messages"] = self.messages.to_dict()
        field_dict["collaborations"] = self.collaborations.to_dict()
        field_dict["timestamp"] = self.timestamp.isoformat()
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
            field = "sandboxes"
            sandboxes = d["sandboxes"]
            sandboxes = SandboxTotals.from_dict(sandboxes)
            field = "messages"
            messages = d["messages"]
            messages = MessageTotals.from_dict(messages)
            field = "collaborations"
            collaborations = d["collaborations"]
            collaborations = CollaborationTotals.from_dict(collaborations)
            field = "timestamp"
            timestamp = d["timestamp"]
            timestamp = recent_datetimes.get(timestamp) or parse_datetime(timestamp)
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.workspace_id = workspace_id
            _built.sandboxes = sandboxes
            _built.messages = messages
            _built.collaborations = collaborations
            _built.timestamp = timestamp
            _built._additional_properties = (
                None
                if len(d) + absent == 5
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("AggregateMetrics", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("AggregateMetrics", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "AggregateMetrics"
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
            and "sandboxes" not in _d
            and "messages" not in _d
            and "collaborations" not in _d
            and "timestamp" not in _d
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
        sandboxes = _d.get("sandboxes")
        if sandboxes is None:
            lacking(_d, "sandboxes", _problems, _where + ".sandboxes")
        else:
            sandboxes = SandboxTotals._lenient(
                sandboxes, _problems, _where + ".sandboxes"
            )
        messages = _d.get("messages")
        if messages is None:
            lacking(_d, "messages", _problems, _where + ".messages")
        else:
            messages = MessageTotals._lenient(messages, _problems, _where + ".messages")
        collaborations = _d.get("collaborations")
        if collaborations is None:
            lacking(_d, "collaborations", _problems, _where + ".collaborations")
        else:
            collaborations = CollaborationTotals._lenient(
                collaborations, _problems, _where + ".collaborations"
            )
        timestamp = _d.get("timestamp")
        if timestamp is None:
            lacking(_d, "timestamp", _problems, _where + ".timestamp")
        else:
            timestamp = leniently(
                lambda: recent_datetimes.get(timestamp) or parse_datetime(timestamp),
                _problems,
                _where + ".timestamp",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.workspace_id = workspace_id
        _built.sandboxes = sandboxes
        _built.messages = messages
        _built.collaborations = collaborations
        _built.timestamp = timestamp
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
from ..models.collaboration_totals import CollaborationTotals  # noqa: E402
from ..models.message_totals import MessageTotals  # noqa: E402
from ..models.sandbox_totals import SandboxTotals  # noqa: E402
