from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
)

T = TypeVar("T", bound="SystemInfo")

_KNOWN_FIELDS = frozenset(
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
    """
    Attributes:
        name (str)
        version (str)
        environment (str)
        authenticated (bool)
        description (str | None)
        python_version (str | None)
        platform (str | None)
        user_id (str | None)
        email (str | None)
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        field = ""
        try:
            field = "name"
            name = d["name"]
            field = "version"
            version = d["version"]
            field = "environment"
            environment = d["environment"]
            field = "authenticated"
            authenticated = d["authenticated"]
            field = "description"
            description = d.get("description")
            field = "python_version"
            python_version = d.get("python_version")
            field = "platform"
            platform = d.get("platform")
            field = "user_id"
            user_id = d.get("user_id")
            field = "email"
            email = d.get("email")
            field = ""
            system_info = cls(
                name,
                version,
                environment,
                authenticated,
                description,
                python_version,
                platform,
                user_id,
                email,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                system_info.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("SystemInfo", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("SystemInfo", field, src_dict, error) from error
        return system_info

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
