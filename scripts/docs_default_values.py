"""A Griffe extension for the API reference: a parameter whose default is written with a
module's constant (`timeout=DEFAULT_WAIT_TIMEOUT`, `api_keys=(DEFAULT_API_KEY,)`) shows
its value, which is what a reader wants to know (`timeout=600.0`); the name alone says
nothing."""

from __future__ import annotations

import importlib
import re
from typing import Any

import griffe

CONSTANT = re.compile(r"\b[A-Z][A-Z0-9_]+\b")
# A value shown in a signature: longer ones (or `<object at ...>`) keep their name.
SHOWN_LENGTH = 80


class ShowDefaultValues(griffe.Extension):
    def on_function_instance(self, *, func: griffe.Function, **kwargs: Any) -> None:
        for parameter in func.parameters:
            written = "" if parameter.default is None else str(parameter.default)
            if not CONSTANT.search(written):
                continue
            module = importlib.import_module(func.module.path)
            try:
                value = eval(written, vars(module))  # noqa: S307 - the SDK's own source
            except Exception:  # noqa: BLE001 - a default it cannot work out keeps its text
                continue
            shown = repr(value)
            if (len(shown) > SHOWN_LENGTH or shown.startswith("<")) and "str" in str(
                parameter.annotation
            ):
                # An object the parameter also takes by name (a profile: "today").
                shown = repr(getattr(value, "name", shown))
            if len(shown) <= SHOWN_LENGTH and not shown.startswith("<"):
                parameter.default = shown
