from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
    as_list,
    extras_key,
)

T = TypeVar("T", bound="AgentConfig")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "primary_agent",
        "model",
        "sub_agents",
        "max_tokens",
        "temperature",
    }
)


@_attrs_define()
class AgentConfig:
    """The agent a sandbox hosts. Omit a field to take its default; null is refused.

    Attributes:
        primary_agent (str): The agent role, e.g. `researcher`.
        model (str | None): The model the agent runs on.
        sub_agents (list[str] | None): Roles of helper agents, if any.
        max_tokens (int | None): The most tokens per answer, 256 to 128000.
        temperature (float | None): Sampling temperature, 0 to 2.
    """

    primary_agent: str
    model: str | None = None
    sub_agents: list[str] | None = None
    max_tokens: int | None = None
    temperature: float | None = None
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
        field_dict["primary_agent"] = self.primary_agent
        if self.model is not None:
            field_dict["model"] = self.model
        if self.sub_agents is not None:
            field_dict["sub_agents"] = list(self.sub_agents)
        if self.max_tokens is not None:
            field_dict["max_tokens"] = self.max_tokens
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
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
            primary_agent = d["primary_agent"]
            try:
                model = d["model"]
            except KeyError:
                model = None
                absent += 1
            field = "sub_agents"
            try:
                sub_agents = d["sub_agents"]
            except KeyError:
                sub_agents = None
                absent += 1
            if sub_agents is not None:
                sub_agents = as_list(sub_agents)
            try:
                max_tokens = d["max_tokens"]
            except KeyError:
                max_tokens = None
                absent += 1
            try:
                temperature = d["temperature"]
            except KeyError:
                temperature = None
                absent += 1
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.primary_agent = primary_agent
            _built.model = model
            _built.sub_agents = sub_agents
            _built.max_tokens = max_tokens
            _built.temperature = temperature
            _built._additional_properties = (
                None
                if len(d) + absent == 5
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("AgentConfig", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("AgentConfig", field, src_dict, error) from error
        return _built

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
