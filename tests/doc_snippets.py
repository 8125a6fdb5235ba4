"""The code users read: `Example:` sections of the clients' docstrings, and the Python
blocks of the README and docs/ pages."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path

from check_docstrings import GROUPS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = re.compile(r"^Example:\n\n((?:(?: {4}.*)?\n)+)", re.M)
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)


def docstring_examples(client_class: type) -> list[tuple[str, str]]:
    """(where, code) for each Example of the client class, its members and resources."""
    return sorted(dict(_docstring_examples(client_class)).items())


def class_examples(*classes: type) -> list[tuple[str, str]]:
    """(where, code) for each Example of these classes and their members."""
    return sorted(found for owner in classes for found in _examples_of(owner.__name__, owner))


def _docstring_examples(client_class: type) -> Iterator[tuple[str, str]]:
    client = client_class("k", "http://rt.test")
    owners = [(client_class.__name__, client_class)] + [
        (f"{client_class.__name__}.{name}", type(getattr(client, name))) for name in GROUPS
    ]
    for prefix, owner in owners:
        yield from _examples_of(prefix, owner)


def _examples_of(prefix: str, owner: type) -> Iterator[tuple[str, str]]:
    members = [("", owner)] + [
        (f".{name}", member)
        for name, member in inspect.getmembers(owner)
        if not name.startswith("_") and not inspect.isclass(member)
    ]
    for suffix, member in members:
        for found in EXAMPLE.finditer((inspect.getdoc(member) or "") + "\n"):
            code = "\n".join(line[4:] for line in found.group(1).splitlines()).strip()
            yield prefix + suffix, code


def markdown_blocks() -> list[tuple[str, str]]:
    """(where, code) for each Python block of the README and the docs pages."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return [
        (f"{page.relative_to(ROOT)}#{number}", found.group(1))
        for page in pages
        for number, found in enumerate(PYTHON_BLOCK.finditer(page.read_text()), start=1)
    ]


def defines_tests(code: str) -> bool:
    """A user's pytest module, run as one by the user-kit test rather than as a script."""
    return re.search(r"^(async )?def test_", code, re.M) is not None
