from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import items, lacking, scalar, wrong_scalar
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
            field = "primary_agent"
            primary_agent = d["primary_agent"]
            primary_agent = (
                primary_agent
                if primary_agent.__class__ is str
                else wrong_scalar(primary_agent, str)
            )
            field = "model"
            try:
                model = d["model"]
            except KeyError:
                model = None
                absent += 1
            if model is not None:
                model = model if model.__class__ is str else wrong_scalar(model, str)
            field = "sub_agents"
            try:
                sub_agents = d["sub_agents"]
            except KeyError:
                sub_agents = None
                absent += 1
            if sub_agents is not None:
                sub_agents = [
                    (item0 if item0.__class__ is str else wrong_scalar(item0, str))
                    for item0 in as_list(sub_agents)
                ]
            field = "max_tokens"
            try:
                max_tokens = d["max_tokens"]
            except KeyError:
                max_tokens = None
                absent += 1
            if max_tokens is not None:
                max_tokens = (
                    max_tokens
                    if max_tokens.__class__ is int
                    else wrong_scalar(max_tokens, int)
                )
            field = "temperature"
            try:
                temperature = d["temperature"]
            except KeyError:
                temperature = None
                absent += 1
            if temperature is not None:
                temperature = (
                    temperature
                    if temperature.__class__ is float or temperature.__class__ is int
                    else wrong_scalar(temperature, float)
                )
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

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "AgentConfig"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "primary_agent" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        primary_agent = _d.get("primary_agent")
        if primary_agent is None:
            lacking(_d, "primary_agent", _problems, _where + ".primary_agent")
        else:
            primary_agent = scalar(
                primary_agent, str, _problems, _where + ".primary_agent"
            )
        model = _d.get("model")
        if model is not None:
            model = scalar(model, str, _problems, _where + ".model")
        sub_agents = _d.get("sub_agents")
        if sub_agents is not None:
            sub_agents = items(
                sub_agents,
                lambda item0, at0: scalar(item0, str, _problems, at0),
                _problems,
                _where + ".sub_agents",
            )
        max_tokens = _d.get("max_tokens")
        if max_tokens is not None:
            max_tokens = scalar(max_tokens, int, _problems, _where + ".max_tokens")
        temperature = _d.get("temperature")
        if temperature is not None:
            temperature = scalar(temperature, float, _problems, _where + ".temperature")
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.primary_agent = primary_agent
        _built.model = model
        _built.sub_agents = sub_agents
        _built.max_tokens = max_tokens
        _built.temperature = temperature
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
