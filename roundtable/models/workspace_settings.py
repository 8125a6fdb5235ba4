from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import leniently, scalar, wrong_scalar
from ..types import (
    PayloadError,
    as_dict,
    extras_key,
)

T = TypeVar("T", bound="WorkspaceSettings")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "max_sandboxes",
        "auto_cleanup",
        "retention_days",
        "collaboration_policy",
    }
)


@_attrs_define()
class WorkspaceSettings:
    """A workspace's settings; omitted fields take their defaults.

    Attributes:
        max_sandboxes (int | None): The most sandboxes it may hold, 1 to 100.
        auto_cleanup (bool | None): The workspace's automatic clean-up switch.
        retention_days (int | None): Days the workspace's data is to be kept, 1 to 365.
        collaboration_policy (dict[str, Any] | None): Free-form policy; `{}` when unset.
    """

    max_sandboxes: int | None = None
    auto_cleanup: bool | None = None
    retention_days: int | None = None
    collaboration_policy: dict[str, Any] | None = None
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
        if self.max_sandboxes is not None:
            field_dict["max_sandboxes"] = self.max_sandboxes
        if self.auto_cleanup is not None:
            field_dict["auto_cleanup"] = self.auto_cleanup
        if self.retention_days is not None:
            field_dict["retention_days"] = self.retention_days
        if self.collaboration_policy is not None:
            field_dict["collaboration_policy"] = dict(self.collaboration_policy)
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
            field = "max_sandboxes"
            try:
                max_sandboxes = d["max_sandboxes"]
            except KeyError:
                max_sandboxes = None
                absent += 1
            if max_sandboxes is not None:
                max_sandboxes = (
                    max_sandboxes
                    if max_sandboxes.__class__ is int
                    else wrong_scalar(max_sandboxes, int)
                )
            field = "auto_cleanup"
            try:
                auto_cleanup = d["auto_cleanup"]
            except KeyError:
                auto_cleanup = None
                absent += 1
            if auto_cleanup is not None:
                auto_cleanup = (
                    auto_cleanup
                    if auto_cleanup.__class__ is bool
                    else wrong_scalar(auto_cleanup, bool)
                )
            field = "retention_days"
            try:
                retention_days = d["retention_days"]
            except KeyError:
                retention_days = None
                absent += 1
            if retention_days is not None:
                retention_days = (
                    retention_days
                    if retention_days.__class__ is int
                    else wrong_scalar(retention_days, int)
                )
            field = "collaboration_policy"
            try:
                collaboration_policy = d["collaboration_policy"]
            except KeyError:
                collaboration_policy = None
                absent += 1
            if collaboration_policy is not None:
                collaboration_policy = (
                    collaboration_policy
                    if type(collaboration_policy) is dict
                    else as_dict(collaboration_policy)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.max_sandboxes = max_sandboxes
            _built.auto_cleanup = auto_cleanup
            _built.retention_days = retention_days
            _built.collaboration_policy = collaboration_policy
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("WorkspaceSettings", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at(
                "WorkspaceSettings", field, src_dict, error
            ) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "WorkspaceSettings"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        max_sandboxes = _d.get("max_sandboxes")
        if max_sandboxes is not None:
            max_sandboxes = scalar(
                max_sandboxes, int, _problems, _where + ".max_sandboxes"
            )
        auto_cleanup = _d.get("auto_cleanup")
        if auto_cleanup is not None:
            auto_cleanup = scalar(
                auto_cleanup, bool, _problems, _where + ".auto_cleanup"
            )
        retention_days = _d.get("retention_days")
        if retention_days is not None:
            retention_days = scalar(
                retention_days, int, _problems, _where + ".retention_days"
            )
        collaboration_policy = _d.get("collaboration_policy")
        if collaboration_policy is not None:
            collaboration_policy = leniently(
                lambda: (
                    collaboration_policy
                    if type(collaboration_policy) is dict
                    else as_dict(collaboration_policy)
                ),
                _problems,
                _where + ".collaboration_policy",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.max_sandboxes = max_sandboxes
        _built.auto_cleanup = auto_cleanup
        _built.retention_days = retention_days
        _built.collaboration_policy = collaboration_policy
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
