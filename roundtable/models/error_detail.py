from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
)

T = TypeVar("T", bound="ErrorDetail")

_KNOWN_FIELDS = frozenset(
    {
        "code",
        "message",
        "details",
    }
)


@_attrs_define()
class ErrorDetail:
    """
    Attributes:
        code (str): AUTHENTICATION_ERROR, FORBIDDEN, NOT_FOUND, VALIDATION_ERROR, CONFLICT, RATE_LIMIT_EXCEEDED or
            INTERNAL_ERROR (others may be added).
        message (str)
        details (Any | None): Extra information; for VALIDATION_ERROR, the issues.
    """

    code: str
    message: str
    details: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        if self.details is not None:
            field_dict["details"] = self.details
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "code"
            code = d["code"]
            field = "message"
            message = d["message"]
            field = "details"
            details = d.get("details")
            field = ""
            error_detail = cls(
                code,
                message,
                details,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                error_detail.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("ErrorDetail", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("ErrorDetail", field, src_dict, error) from error
        return error_detail

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
