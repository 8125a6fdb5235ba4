from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import items, lacking, leniently, scalar, wrong_scalar
from ..models.known_collaboration_state import KnownCollaborationState
from ..types import (
    PayloadError,
    as_dict,
    as_list,
    extras_key,
    parse_datetime,
    parse_open_enum,
    recent_datetimes,
)

T = TypeVar("T", bound="Collaboration")

_KNOWNCOLLABORATIONSTATE = {member.value: member for member in KnownCollaborationState}
_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "collaboration_id",
        "workspace_id",
        "task",
        "mode",
        "status",
        "participants",
        "progress",
        "result",
        "error",
        "created_at",
        "updated_at",
    }
)


@_attrs_define()
class Collaboration:
    """A task the sandboxes of a workspace work on together.

    Attributes:
        collaboration_id (str): Opaque; `col_…` today.
        workspace_id (str): The workspace it runs in.
        task (str): What the participants were asked to do.
        mode (str): How it runs (a `CollaborationMode` value).
        status (KnownCollaborationState | str): Known values `initializing`, `running`, `completed`, `failed`; other strings must be accepted.
        participants (list[str]): The ids of the sandboxes taking part.
        progress (CollaborationProgress): How far a collaboration has come; prints as `40% (step 2 of 5: Round 2)`.
        result (dict[str, Any] | None): What it produced, once completed; else null.
        error (str | None): Why it failed, or null.
        created_at (datetime.datetime | None): When it started, or null (today's server sends null).
        updated_at (datetime.datetime | None): When it last moved on, or null (today's server sends null).
    """

    collaboration_id: str
    workspace_id: str
    task: str
    mode: str
    status: KnownCollaborationState | str
    participants: list[str]
    progress: CollaborationProgress
    result: dict[str, Any] | None = None
    error: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
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
        field_dict["collaboration_id"] = self.collaboration_id
        field_dict["workspace_id"] = self.workspace_id
        field_dict["task"] = self.task
        field_dict["mode"] = self.mode
        field_dict["status"] = str(self.status)
        field_dict["participants"] = list(self.participants)
        field_dict["progress"] = self.progress.to_dict()
        if self.result is not None:
            field_dict["result"] = dict(self.result)
        if self.error is not None:
            field_dict["error"] = self.error
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            field_dict["updated_at"] = self.updated_at.isoformat()
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
            field = "collaboration_id"
            collaboration_id = d["collaboration_id"]
            collaboration_id = (
                collaboration_id
                if collaboration_id.__class__ is str
                else wrong_scalar(collaboration_id, str)
            )
            field = "workspace_id"
            workspace_id = d["workspace_id"]
            workspace_id = (
                workspace_id
                if workspace_id.__class__ is str
                else wrong_scalar(workspace_id, str)
            )
            field = "task"
            task = d["task"]
            task = task if task.__class__ is str else wrong_scalar(task, str)
            field = "mode"
            mode = d["mode"]
            mode = mode if mode.__class__ is str else wrong_scalar(mode, str)
            field = "status"
            status = d["status"]
            status = _KNOWNCOLLABORATIONSTATE.get(status) or parse_open_enum(
                _KNOWNCOLLABORATIONSTATE, status
            )
            field = "participants"
            participants = d["participants"]
            participants = [
                (item0 if item0.__class__ is str else wrong_scalar(item0, str))
                for item0 in as_list(participants)
            ]
            field = "progress"
            progress = d["progress"]
            progress = CollaborationProgress.from_dict(progress)
            field = "result"
            try:
                result = d["result"]
            except KeyError:
                result = None
                absent += 1
            if result is not None:
                result = result if type(result) is dict else as_dict(result)
            field = "error"
            try:
                error = d["error"]
            except KeyError:
                error = None
                absent += 1
            if error is not None:
                error = error if error.__class__ is str else wrong_scalar(error, str)
            field = "created_at"
            try:
                created_at = d["created_at"]
            except KeyError:
                created_at = None
                absent += 1
            if created_at is not None:
                created_at = recent_datetimes.get(created_at) or parse_datetime(
                    created_at
                )
            field = "updated_at"
            try:
                updated_at = d["updated_at"]
            except KeyError:
                updated_at = None
                absent += 1
            if updated_at is not None:
                updated_at = recent_datetimes.get(updated_at) or parse_datetime(
                    updated_at
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.collaboration_id = collaboration_id
            _built.workspace_id = workspace_id
            _built.task = task
            _built.mode = mode
            _built.status = status
            _built.participants = participants
            _built.progress = progress
            _built.result = result
            _built.error = error
            _built.created_at = created_at
            _built.updated_at = updated_at
            _built._additional_properties = (
                None
                if len(d) + absent == 11
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("Collaboration", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("Collaboration", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "Collaboration"
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
            "collaboration_id" not in _d
            and "workspace_id" not in _d
            and "task" not in _d
            and "mode" not in _d
            and "status" not in _d
            and "participants" not in _d
            and "progress" not in _d
        ):
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        collaboration_id = _d.get("collaboration_id")
        if collaboration_id is None:
            lacking(_d, "collaboration_id", _problems, _where + ".collaboration_id")
        else:
            collaboration_id = scalar(
                collaboration_id, str, _problems, _where + ".collaboration_id"
            )
        workspace_id = _d.get("workspace_id")
        if workspace_id is None:
            lacking(_d, "workspace_id", _problems, _where + ".workspace_id")
        else:
            workspace_id = scalar(
                workspace_id, str, _problems, _where + ".workspace_id"
            )
        task = _d.get("task")
        if task is None:
            lacking(_d, "task", _problems, _where + ".task")
        else:
            task = scalar(task, str, _problems, _where + ".task")
        mode = _d.get("mode")
        if mode is None:
            lacking(_d, "mode", _problems, _where + ".mode")
        else:
            mode = scalar(mode, str, _problems, _where + ".mode")
        status = _d.get("status")
        if status is None:
            lacking(_d, "status", _problems, _where + ".status")
        else:
            status = leniently(
                lambda: (
                    _KNOWNCOLLABORATIONSTATE.get(status)
                    or parse_open_enum(_KNOWNCOLLABORATIONSTATE, status)
                ),
                _problems,
                _where + ".status",
            )
        participants = _d.get("participants")
        if participants is None:
            lacking(_d, "participants", _problems, _where + ".participants")
        else:
            participants = items(
                participants,
                lambda item0, at0: scalar(item0, str, _problems, at0),
                _problems,
                _where + ".participants",
            )
        progress = _d.get("progress")
        if progress is None:
            lacking(_d, "progress", _problems, _where + ".progress")
        else:
            progress = CollaborationProgress._lenient(
                progress, _problems, _where + ".progress"
            )
        result = _d.get("result")
        if result is not None:
            result = leniently(
                lambda: result if type(result) is dict else as_dict(result),
                _problems,
                _where + ".result",
            )
        error = _d.get("error")
        if error is not None:
            error = scalar(error, str, _problems, _where + ".error")
        created_at = _d.get("created_at")
        if created_at is not None:
            created_at = leniently(
                lambda: recent_datetimes.get(created_at) or parse_datetime(created_at),
                _problems,
                _where + ".created_at",
            )
        updated_at = _d.get("updated_at")
        if updated_at is not None:
            updated_at = leniently(
                lambda: recent_datetimes.get(updated_at) or parse_datetime(updated_at),
                _problems,
                _where + ".updated_at",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.collaboration_id = collaboration_id
        _built.workspace_id = workspace_id
        _built.task = task
        _built.mode = mode
        _built.status = status
        _built.participants = participants
        _built.progress = progress
        _built.result = result
        _built.error = error
        _built.created_at = created_at
        _built.updated_at = updated_at
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
from ..models.collaboration_progress import CollaborationProgress  # noqa: E402
