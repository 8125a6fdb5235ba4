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

T = TypeVar("T", bound="User")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "user_id",
        "email",
        "is_active",
        "full_name",
    }
)


@_attrs_define()
class User:
    """An account.

    Attributes:
        user_id (str): Its id.
        email (str): Its email.
        is_active (bool): False once the account is disabled.
        full_name (str | None): The name given at registration, or null.
    """

    user_id: str
    email: str
    is_active: bool
    full_name: str | None = None
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
        field_dict["user_id"] = self.user_id
        field_dict["email"] = self.email
        field_dict["is_active"] = self.is_active
        if self.full_name is not None:
            field_dict["full_name"] = self.full_name
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
            field = "user_id"
            user_id = d["user_id"]
            user_id = (
                user_id if user_id.__class__ is str else wrong_scalar(user_id, str)
            )
            field = "email"
            email = d["email"]
            email = email if email.__class__ is str else wrong_scalar(email, str)
            field = "is_active"
            is_active = d["is_active"]
            is_active = (
                is_active
                if is_active.__class__ is bool
                else wrong_scalar(is_active, bool)
            )
            field = "full_name"
            try:
                full_name = d["full_name"]
            except KeyError:
                full_name = None
                absent += 1
            if full_name is not None:
                full_name = (
                    full_name
                    if full_name.__class__ is str
                    else wrong_scalar(full_name, str)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.user_id = user_id
            _built.email = email
            _built.is_active = is_active
            _built.full_name = full_name
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("User", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("User", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "User"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "user_id" not in _d and "email" not in _d and "is_active" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        user_id = _d.get("user_id")
        if user_id is None:
            lacking(_d, "user_id", _problems, _where + ".user_id")
        else:
            user_id = scalar(user_id, str, _problems, _where + ".user_id")
        email = _d.get("email")
        if email is None:
            lacking(_d, "email", _problems, _where + ".email")
        else:
            email = scalar(email, str, _problems, _where + ".email")
        is_active = _d.get("is_active")
        if is_active is None:
            lacking(_d, "is_active", _problems, _where + ".is_active")
        else:
            is_active = scalar(is_active, bool, _problems, _where + ".is_active")
        full_name = _d.get("full_name")
        if full_name is not None:
            full_name = scalar(full_name, str, _problems, _where + ".full_name")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.user_id = user_id
        _built.email = email
        _built.is_active = is_active
        _built.full_name = full_name
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
