"""A mkdocs hook: the pages name operations, the registry (`roundtable.api`) gives their
routes, so no page keeps a route table of its own.

- `{{ route:<operationId> }}` becomes the operation's method and path, with "(no token)"
  when it is sent without one.
- `{{ operations }}` becomes the table of every operation: its `roundtable.api` name,
  route, token, success status and result.

A page that names an operation the registry does not have fails the build. A page may
leave operations out: the wire-contract page records what today's server was seen to do,
and an operation new in the spec may not be served there yet.
"""

from __future__ import annotations

import re
from typing import Any

import roundtable.api
from roundtable._operation import Operation

ROUTE = re.compile(r"\{\{ route:(\w+) \}\}")
TABLE = "{{ operations }}"


class UnknownOperation(Exception):
    """A page names an operation the registry does not have."""


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    operations = {operation.operation_id: operation for operation in roundtable.api.OPERATIONS}
    named = ROUTE.findall(markdown)
    unknown = sorted(set(named) - set(operations))
    if unknown:
        raise UnknownOperation(f"{page.file.src_uri} names no operation of openapi.yaml: {unknown}")
    markdown = ROUTE.sub(lambda found: route(operations[found.group(1)]), markdown)
    return markdown.replace(TABLE, table(roundtable.api.OPERATIONS))


def route(operation: Operation[..., Any]) -> str:
    words = f"`{operation.method} {operation.path}`"
    return words if operation.authenticated else f"{words} (no token)"


def table(operations: tuple[Operation[..., Any], ...]) -> str:
    rows = [
        "| `roundtable.api.` | Route | Token | Success | Result |",
        "|---|---|---|---|---|",
    ]
    for operation in operations:
        result = operation.result.__name__ if operation.result is not None else "None"
        statuses = ", ".join(str(status) for status in sorted(operation.success_statuses))
        token = "Bearer" if operation.authenticated else "none"
        rows.append(
            f"| `{operation.operation_id}` | `{operation.method} {operation.path}` | {token} "
            f"| {statuses} | `{result}` |"
        )
    return "\n".join(rows)
