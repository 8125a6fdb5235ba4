from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import items, lacking, leniently, scalar, wrong_scalar
from ..models.collaboration_mode import CollaborationMode
from ..types import (
    PayloadError,
    as_dict,
    as_list,
    extras_key,
)

T = TypeVar("T", bound="CollaborationCreate")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "task",
        "participants",
        "mode",
        "config",
    }
)


@_attrs_define()
class CollaborationCreate:
    """
    Attributes:
        task (str): The `task` of the payload.
        participants (list[str]): The `participants` of the payload.
        mode (CollaborationMode | None): How a collaboration runs, as `collaborations.orchestrate` takes it (a plain string is accepted too).
        config (dict[str, Any] | None): Any JSON object.
    """

    task: str
    participants: list[str]
    mode: CollaborationMode | None = None
    config: dict[str, Any] | None = None
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
        field_dict["task"] = self.task
        field_dict["participants"] = list(self.participants)
        if self.mode is not None:
            field_dict["mode"] = self.mode.value
        if self.config is not None:
            field_dict["config"] = dict(self.config)
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
            field = "task"
            task = d["task"]
            task = task if task.__class__ is str else wrong_scalar(task, str)
            field = "participants"
            participants = d["participants"]
            participants = [
                (item0 if item0.__class__ is str else wrong_scalar(item0, str))
                for item0 in as_list(participants)
            ]
            field = "mode"
            try:
                mode = d["mode"]
            except KeyError:
                mode = None
                absent += 1
            if mode is not None:
                mode = CollaborationMode(mode)
            field = "config"
            try:
                config = d["config"]
            except KeyError:
                config = None
                absent += 1
            if config is not None:
                config = config if type(config) is dict else as_dict(config)
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.task = task
            _built.participants = participants
            _built.mode = mode
            _built.config = config
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("CollaborationCreate", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at(
                "CollaborationCreate", field, src_dict, error
            ) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "CollaborationCreate"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "task" not in _d and "participants" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        task = _d.get("task")
        if task is None:
            lacking(_d, "task", _problems, _where + ".task")
        else:
            task = scalar(task, str, _problems, _where + ".task")
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
        mode = _d.get("mode")
        if mode is not None:
            mode = leniently(
                lambda: CollaborationMode(mode), _problems, _where + ".mode"
            )
        config = _d.get("config")
        if config is not None:
            config = leniently(
                lambda: config if type(config) is dict else as_dict(config),
                _problems,
                _where + ".config",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.task = task
        _built.participants = participants
        _built.mode = mode
        _built.config = config
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
