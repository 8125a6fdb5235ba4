"""The recorded exchanges with the real Round Table server (fixtures/wire-samples.txt),
parsed, and matched to the operations of openapi.yaml."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spec_changes import load_spec

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(__file__).parent / "fixtures" / "wire-samples.txt"
BASE = "http://localhost:8000/api/v1"


@dataclass(frozen=True)
class Exchange:
    title: str
    method: str
    url: str
    request_body: str | None
    status: int
    headers: dict[str, str]
    body: str
    curl: str = ""

    @property
    def path(self) -> str:
        return self.url.removeprefix(BASE).split("?", 1)[0]

    def json(self) -> Any:
        return json.loads(self.body)


@cache
def exchanges() -> tuple[Exchange, ...]:
    found = []
    for block in SAMPLES.read_text(encoding="utf-8").split("\n### ")[1:]:
        lines = block.split("\n")
        title, curl, status_line = lines[0], lines[1], lines[2]
        method_match = re.search(r" -X (\w+)", curl)
        url = next(token for token in curl.split() if token.startswith("http://"))
        body_match = re.search(r" -d (.*)$", curl)
        headers: dict[str, str] = {}
        index = 3
        while index < len(lines) and lines[index].strip():
            name, _, value = lines[index].partition(":")
            headers[name.strip().lower()] = value.strip()
            index += 1
        body = "\n".join(lines[index + 1 :]).split("\n\n\n")[0].strip()
        if body.startswith("=====") or body.startswith("IDS:"):
            body = ""
        found.append(
            Exchange(
                title=title.strip(),
                method=method_match.group(1) if method_match else "GET",
                url=url,
                request_body=body_match.group(1) if body_match else None,
                status=int(status_line.split()[1]),
                headers=headers,
                body=body.split("\n\n")[0].strip() if body else "",
                curl=curl,
            )
        )
    return tuple(found)


@cache
def spec() -> dict[str, Any]:
    # A package generated from a changed copy of the spec is tested against that copy.
    path = Path(os.environ.get("ROUNDTABLE_TEST_SPEC") or ROOT / "openapi.yaml")
    loaded: dict[str, Any] = load_spec(path.read_text(encoding="utf-8"))
    return loaded


def operation_for(method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    """The path template and operation of the contract that serve `method path`."""
    for template, item in spec()["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, path) and method.lower() in item:
            return template, item[method.lower()]
    return None


def sample(title_start: str) -> Exchange:
    """The exchange titled `title_start`, else the first whose title starts with it."""
    exact = [e for e in exchanges() if e.title == title_start]
    return exact[0] if exact else next(e for e in exchanges() if e.title.startswith(title_start))
