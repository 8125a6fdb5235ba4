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
from ._derived import WorkspaceDerived

T = TypeVar("T", bound="Workspace")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "workspace_id",
        "user_id",
        "name",
        "settings",
        "is_active",
        "created_at",
        "updated_at",
        "description",
    }
)


@_attrs_define()
class Workspace(WorkspaceDerived):
    """A workspace: it owns sandboxes and belongs to one user.

    Attributes:
        workspace_id (str): Its id (`ws_…` today).
        user_id (str): The id of the user who owns it.
        name (str): Its name, 1 to 100 characters.
        settings (WorkspaceSettings): A workspace's settings; omitted fields take their defaults.
        is_active (bool): False once deactivated (`update(is_active=False)`).
        created_at (datetime.datetime): When it was created.
        updated_at (datetime.datetime): When it last changed.
        description (str | None): Free text, or null.
    """

    workspace_id: str
    user_id: str
    name: str
    settings: WorkspaceSettings
    is_active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None
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
        field_dict["user_id"] = self.user_id
        field_dict["name"] = self.name
        field_dict["settings"] = self.settings.to_dict()
        field_dict["is_active"] = self.is_active
        field_dict["created_at"] = self.created_at.isoformat()
        field_dict["updated_at"] = self.updated_at.isoformat()
        if self.description is not None:
            field_dict["description"] = self.description
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
            field = "user_id"
            user_id = d["user_id"]
            user_id = (
                user_id if user_id.__class__ is str else wrong_scalar(user_id, str)
            )
            field = "name"
            name = d["name"]
            name = name if name.__class__ is str else wrong_scalar(name, str)
            field = "settings"
            settings = d["settings"]
            settings = WorkspaceSettings.from_dict(settings)
            field = "is_active"
            is_active = d["is_active"]
            is_active = (
                is_active
                if is_active.__class__ is bool
                else wrong_scalar(is_active, bool)
            )
            field = "created_at"
            created_at = d["created_at"]
            created_at = recent_datetimes.get(created_at) or parse_datetime(created_at)
            field = "updated_at"
            updated_at = d["updated_at"]
            updated_at = recent_datetimes.get(updated_at) or parse_datetime(updated_at)
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
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.workspace_id = workspace_id
            _built.user_id = user_id
            _built.name = name
            _built.settings = settings
            _built.is_active = is_active
            _built.created_at = created_at
            _built.updated_at = updated_at
            _built.description = description
            _built._additional_properties = (
                None
                if len(d) + absent == 8
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("Workspace", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("Workspace", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "Workspace"
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
            and "user_id" not in _d
            and "name" not in _d
            and "settings" not in _d
            and "is_active" not in _d
            and "created_at" not in _d
            and "updated_at" not in _d
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
        user_id = _d.get("user_id")
        if user_id is None:
            lacking(_d, "user_id", _problems, _where + ".user_id")
        else:
            user_id = scalar(user_id, str, _problems, _where + ".user_id")
        name = _d.get("name")
        if name is None:
            lacking(_d, "name", _problems, _where + ".name")
        else:
            name = scalar(name, str, _problems, _where + ".name")
        settings = _d.get("settings")
        if settings is None:
            lacking(_d, "settings", _problems, _where + ".settings")
        else:
            settings = WorkspaceSettings._lenient(
                settings, _problems, _where + ".settings"
            )
        is_active = _d.get("is_active")
        if is_active is None:
            lacking(_d, "is_active", _problems, _where + ".is_active")
        else:
            is_active = scalar(is_active, bool, _problems, _where + ".is_active")
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
        description = _d.get("description")
        if description is not None:
            description = scalar(description, str, _problems, _where + ".description")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.workspace_id = workspace_id
        _built.user_id = user_id
        _built.name = name
        _built.settings = settings
        _built.is_active = is_active
        _built.created_at = created_at
        _built.updated_at = updated_at
        _built.description = description
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
