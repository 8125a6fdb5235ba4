"""A Griffe extension for the API reference: parameters whose names start with `_` are
the SDK's own plumbing (how `anonymous` and `with_options` build a client), not arguments
for users, so the rendered signatures leave them out."""

from __future__ import annotations

from typing import Any

import griffe


class HidePrivateParameters(griffe.Extension):
    def on_function_instance(self, *, func: griffe.Function, **kwargs: Any) -> None:
        for name in [parameter.name for parameter in func.parameters]:
            if name.startswith("_"):
                del func.parameters[name]
