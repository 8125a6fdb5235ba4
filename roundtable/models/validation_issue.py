from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
    as_dict,
    as_list,
)

T = TypeVar("T", bound="ValidationIssue")

_KNOWN_FIELDS = frozenset(
    {
        "loc",
        "msg",
        "type",
        "input",
        "ctx",
        "url",
    }
)


@_attrs_define()
class ValidationIssue:
    """
    Attributes:
        loc (list[str | int]): Where the issue is, e.g. `["body", "name"]` or `["query", "limit"]`.
        msg (str)
        type_ (str | None): The kind of issue, e.g. `missing`, `string_too_short`.
        input_ (Any | None): The value that was refused.
        ctx (dict[str, Any] | None)
        url (str | None)
    """

    loc: list[str | int]
    msg: str
    type_: str | None = None
    input_: Any | None = None
    ctx: dict[str, Any] | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["loc"] = list(self.loc)
        field_dict["msg"] = self.msg
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.input_ is not None:
            field_dict["input"] = self.input_
        if self.ctx is not None:
            field_dict["ctx"] = dict(self.ctx)
        if self.url is not None:
            field_dict["url"] = self.url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "loc"
            loc = as_list(d["loc"])
            field = "msg"
            msg = d["msg"]
            field = "type"
            type_ = d.get("type")
            field = "input"
            input_ = d.get("input")
            field = "ctx"
            ctx = d.get("ctx")
            if ctx is not None:
                ctx = as_dict(ctx)
            field = "url"
            url = d.get("url")
            field = ""
            validation_issue = cls(
                loc,
                msg,
                type_,
                input_,
                ctx,
                url,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                validation_issue.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("ValidationIssue", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("ValidationIssue", field, src_dict, error) from error
        return validation_issue

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
