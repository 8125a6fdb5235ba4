from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import lacking, scalar, wrong_scalar
from ..types import (
    PayloadError,
    extras_key,
)

T = TypeVar("T", bound="SystemInfo")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "version",
        "environment",
        "authenticated",
        "description",
        "python_version",
        "platform",
        "user_id",
        "email",
    }
)


@_attrs_define()
class SystemInfo:
    """The server, and with credentials the caller.

    Attributes:
        name (str): The server's name.
        version (str): Its version.
        environment (str): Where it runs (e.g. `production`).
        authenticated (bool): Whether the request carried valid credentials.
        description (str | None): What it is.
        python_version (str | None): Its Python version.
        platform (str | None): Its platform.
        user_id (str | None): The caller's id, when authenticated.
        email (str | None): The caller's email, when authenticated.
    """

    name: str
    version: str
    environment: str
    authenticated: bool
    description: str | None = None
    python_version: str | None = None
    platform: str | None = None
    user_id: str | None = None
    email: str | None = None
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
        field_dict["name"] = self.name
        field_dict["version"] = self.version
        field_dict["environment"] = self.environment
        field_dict["authenticated"] = self.authenticated
        if self.description is not None:
            field_dict["description"] = self.description
        if self.python_version is not None:
            field_dict["python_version"] = self.python_version
        if self.platform is not None:
            field_dict["platform"] = self.platform
        if self.user_id is not None:
            field_dict["user_id"] = self.user_id
        if self.email is not None:
            field_dict["email"] = self.email
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
            name = d["name"]
            name = name if name.__class__ is str else wrong_scalar(name, str)
            field = "version"
            version = d["version"]
            version = (
                version if version.__class__ is str else wrong_scalar(version, str)
            )
            field = "environment"
            environment = d["environment"]
            environment = (
                environment
                if environment.__class__ is str
                else wrong_scalar(environment, str)
            )
            field = "authenticated"
            authenticated = d["authenticated"]
            authenticated = (
                authenticated
                if authenticated.__class__ is bool
                else wrong_scalar(authenticated, bool)
            )
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
            field = "python_version"
            try:
                python_version = d["python_version"]
            except KeyError:
                python_version = None
                absent += 1
            if python_version is not None:
                python_version = (
                    python_version
                    if python_version.__class__ is str
                    else wrong_scalar(python_version, str)
                )
            field = "platform"
            try:
                platform = d["platform"]
            except KeyError:
                platform = None
                absent += 1
            if platform is not None:
                platform = (
                    platform
                    if platform.__class__ is str
                    else wrong_scalar(platform, str)
                )
            field = "user_id"
            try:
                user_id = d["user_id"]
            except KeyError:
                user_id = None
                absent += 1
            if user_id is not None:
                user_id = (
                    user_id if user_id.__class__ is str else wrong_scalar(user_id, str)
                )
            field = "email"
            try:
                email = d["email"]
            except KeyError:
                email = None
                absent += 1
            if email is not None:
                email = email if email.__class__ is str else wrong_scalar(email, str)
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.name = name
            _built.version = version
            _built.environment = environment
            _built.authenticated = authenticated
            _built.description = description
            _built.python_version = python_version
            _built.platform = platform
            _built.user_id = user_id
            _built.email = email
            _built._additional_properties = (
                None
                if len(d) + absent == 9
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("SystemInfo", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("SystemInfo", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "SystemInfo"
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
            "name" not in _d
            and "version" not in _d
            and "environment" not in _d
            and "authenticated" not in _d
        ):
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        name = _d.get("name")
        if name is None:
            lacking(_d, "name", _problems, _where + ".name")
        else:
            name = scalar(name, str, _problems, _where + ".name")
        version = _d.get("version")
        if version is None:
            lacking(_d, "version", _problems, _where + ".version")
        else:
            version = scalar(version, str, _problems, _where + ".version")
        environment = _d.get("environment")
        if environment is None:
            lacking(_d, "environment", _problems, _where + ".environment")
        else:
            environment = scalar(environment, str, _problems, _where + ".environment")
        authenticated = _d.get("authenticated")
        if authenticated is None:
            lacking(_d, "authenticated", _problems, _where + ".authenticated")
        else:
            authenticated = scalar(
                authenticated, bool, _problems, _where + ".authenticated"
            )
        description = _d.get("description")
        if description is not None:
            description = scalar(description, str, _problems, _where + ".description")
        python_version = _d.get("python_version")
        if python_version is not None:
            python_version = scalar(
                python_version, str, _problems, _where + ".python_version"
            )
        platform = _d.get("platform")
        if platform is not None:
            platform = scalar(platform, str, _problems, _where + ".platform")
        user_id = _d.get("user_id")
        if user_id is not None:
            user_id = scalar(user_id, str, _problems, _where + ".user_id")
        email = _d.get("email")
        if email is not None:
            email = scalar(email, str, _problems, _where + ".email")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.name = name
        _built.version = version
        _built.environment = environment
        _built.authenticated = authenticated
        _built.description = description
        _built.python_version = python_version
        _built.platform = platform
        _built.user_id = user_id
        _built.email = email
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
