from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import scalar, wrong_scalar
from ..types import (
    PayloadError,
    extras_key,
)

T = TypeVar("T", bound="WorkspaceUpdate")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "settings",
        "is_active",
    }
)


@_attrs_define()
class WorkspaceUpdate:
    """Every field is optional; a field left out (or null) stays unchanged.

    Attributes:
        name (str | None): The `name` of the payload.
        description (str | None): The `description` of the payload.
        settings (WorkspaceSettings | None): Replaces the settings whole.
        is_active (bool | None): The `is_active` of the payload.
    """

    name: str | None = None
    description: str | None = None
    settings: WorkspaceSettings | None = None
    is_active: bool | None = None
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
        if self.name is not None:
            field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.settings is not None:
            field_dict["settings"] = self.settings.to_dict()
        if self.is_active is not None:
            field_dict["is_active"] = self.is_active
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
            field = "name"
            try:
                name = d["name"]
            except KeyError:
                name = None
                absent += 1
            if name is not None:
                name = name if name.__class__ is str else wrong_scalar(name, str)
            field = "description"
            try:
                description = d["description"]
            except KeyError:
                description = None
                absent += 1
            if description is not None:
                description = (
                    description
                    if description.__class__ is str
                    else wrong_scalar(description, str)
                )
            field = "settings"
            try:
                settings = d["settings"]
            except KeyError:
                settings = None
                absent += 1
            if settings is not None:
                settings = WorkspaceSettings.from_dict(settings)
            field = "is_active"
            try:
                is_active = d["is_active"]
            except KeyError:
                is_active = None
                absent += 1
            if is_active is not None:
                is_active = (
                    is_active
                    if is_active.__class__ is bool
                    else wrong_scalar(is_active, bool)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.name = name
            _built.description = description
            _built.settings = settings
            _built.is_active = is_active
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("WorkspaceUpdate", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("WorkspaceUpdate", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "WorkspaceUpdate"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        name = _d.get("name")
        if name is not None:
            name = scalar(name, str, _problems, _where + ".name")
        description = _d.get("description")
        if description is not None:
            description = scalar(description, str, _problems, _where + ".description")
        settings = _d.get("settings")
        if settings is not None:
            settings = WorkspaceSettings._lenient(
                settings, _problems, _where + ".settings"
            )
        is_active = _d.get("is_active")
        if is_active is not None:
            is_active = scalar(is_active, bool, _problems, _where + ".is_active")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.name = name
        _built.description = description
        _built.settings = settings
        _built.is_active = is_active
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
from ..models.workspace_settings import WorkspaceSettings  # noqa: E402
