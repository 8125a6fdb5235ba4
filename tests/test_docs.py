"""Issue 13: the API reference builds without a warning, and documents every method of
the client with its Raises section."""

from __future__ import annotations

import collections.abc
import html
import inspect
import os
import re
import subprocess
import sys
import typing
from pathlib import Path

import attrs
import check_docstrings
import pytest
from check_docstrings import RESOURCES
from public_api import classes, facade_methods

import roundtable._options
import roundtable.api
import roundtable.models
from roundtable import RoundTableClient

ROOT = Path(__file__).resolve().parent.parent


def test_every_public_method_has_its_docstring_sections():
    gaps = [
        gap
        for name, target in check_docstrings.public_callables()
        for gap in check_docstrings.problems(name, target)
    ]
    assert gaps == []


def test_a_client_method_without_an_example_is_a_gap():
    def undocumented_example(workspace_id: str) -> None:
        """Do a thing.

        Args:
            workspace_id: The workspace.

        Raises:
            APIError: It failed.
        """

    assert check_docstrings.problems(
        "SyncRoundTableClient.workspaces.archive", undocumented_example
    ) == ["SyncRoundTableClient.workspaces.archive: no Example section"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert built.returncode == 0, built.stderr
    assert "WARNING" not in built.stderr, built.stderr
    return out


def _sections(html: str) -> dict[str, str]:
    """The HTML of each documented object, by its id."""
    anchors = list(re.finditer(r'id="(roundtable\.[\w.]+)"', html))
    return {
        match.group(1): html[match.end() : following.start() if following else len(html)]
        for match, following in zip(anchors, [*anchors[1:], None], strict=True)
    }


def test_every_method_of_the_client_is_documented_with_what_it_raises(site: Path):
    pages = "".join(path.read_text() for path in site.rglob("*.html"))
    sections = _sections(pages)
    client = RoundTableClient("k", "http://rt.test")
    missing = []
    for resource in RESOURCES:
        group = getattr(client, resource)
        for name, _ in inspect.getmembers(group, inspect.ismethod):
            if name.startswith("_"):
                continue
            anchor = f"roundtable.resources.{resource}.{type(group).__name__}.{name}"
            if "Raises" not in sections.get(anchor, ""):
                missing.append(anchor)
    for name in ("call", "request", "health_check", "system_info", "aggregate_metrics"):
        anchor = f"roundtable.RoundTableClient.{name}"
        if "Raises" not in sections.get(anchor, ""):
            missing.append(anchor)
    assert missing == []


def test_the_guides_link_to_each_other_and_render(site: Path):
    index = (site / "index.html").read_text()
    # Links to files (the offline plugin's): the site works opened from disk.
    for page in ("authentication", "clients", "resources", "events", "testing", "architecture"):
        assert f'href="{page}.html"' in index
    assert "SyncRoundTableClient" in (site / "clients.html").read_text()


def test_every_script_of_the_site_is_shipped_with_it(site: Path):
    """Opened from disk without a network, search needs its Web Worker shim: the offline
    plugin would load it from unpkg.com."""
    sources = set()
    for page in site.rglob("*.html"):
        sources.update(re.findall(r'<script[^>]* src="([^"]+)"', page.read_text()))
    assert "javascripts/iframe-worker-shim.js" in sources
    assert [source for source in sources if "//" in source] == []
    assert (site / "javascripts" / "iframe-worker-shim.js").is_file()
    assert (site / "search" / "search_index.js").is_file()


def test_an_argument_of_a_class_users_build_left_out_of_its_args_is_a_gap():
    class RetryPolicy:
        """How a client retries.

        Args:
            max_retries: Retries.
        """

        def __init__(self, max_retries: int = 2, max_delay: float = 8.0, _plumbing=None):
            pass

    assert check_docstrings.problems("RetryPolicy", RetryPolicy) == [
        "RetryPolicy: argument max_delay not in its Args section"
    ]


def test_a_dataclass_whose_only_docstring_is_its_generated_signature_is_a_gap():
    import dataclasses

    @dataclasses.dataclass
    class Profile:
        name: str

    assert check_docstrings.problems("testing.Profile", Profile) == [
        "testing.Profile: no docstring"
    ]


def _models_reached() -> set[str]:
    """Every model a client method returns or takes, and every model inside those."""
    found: list[type] = []
    for _, method in facade_methods():
        module = vars(sys.modules[method.__module__])
        # Names imported for type checking only are looked up where they live.
        names = {
            **vars(typing),
            **vars(collections.abc),
            **vars(roundtable._options),
            **vars(roundtable.models),
            **module,
        }
        hints = typing.get_type_hints(method, names)
        for annotation in hints.values():
            found += classes(annotation)
    reached: dict[str, type] = {}
    while found:
        cls = found.pop()
        if not (isinstance(cls, type) and cls.__module__.startswith("roundtable.models")):
            continue
        if cls.__name__ in reached:
            continue
        reached[cls.__name__] = cls
        if attrs.has(cls):
            own = vars(sys.modules[cls.__module__])
            fields = typing.get_type_hints(cls, {**own, **vars(roundtable.models)})
            found += [c for name, hint in fields.items() if name[0] != "_" for c in classes(hint)]
    return set(reached)


def test_every_model_a_method_returns_or_takes_is_on_the_results_page():
    documented = set(
        re.findall(
            r"^::: roundtable\.models\.(\w+)$", (ROOT / "docs" / "results.md").read_text(), re.M
        )
    )
    reached = _models_reached()
    assert {
        "Workspace",
        "SandboxStatus",
        "NetworkIO",
        "MessageType",
        "KnownSandboxState",
    } <= reached
    assert reached - documented == set()


def test_every_model_on_the_results_page_says_what_it_and_each_field_is():
    """Descriptions come from openapi.yaml: a model or field without one would show the
    generator's placeholder ("The `x` of the payload") in the reference."""
    vague = []
    for name in sorted(_models_reached()):
        doc = inspect.getdoc(getattr(roundtable.models, name)) or ""
        if not doc or doc.startswith("Attributes:"):
            vague.append(f"{name}: no summary")
        vague += [
            f"{name}: {line.strip()}" for line in doc.splitlines() if "of the payload" in line
        ]
    assert vague == []


def test_the_sync_client_s_docs_never_speak_of_async():
    """Its docstrings are derived from the async client's: nothing async may survive in
    what a sync user reads (help(), the reference)."""
    leftovers = [
        f"{name}: {word!r}"
        for name, target in check_docstrings.public_callables()
        if name.startswith("SyncRoundTableClient")
        for word in (
            "await ",
            "async ",
            "asyncio",
            "between tasks",
            "RoundTableClient(",
            "cancellable",
            "event loop",
            "coroutine",
            "every task",
            "other tasks",
        )
        if word in (inspect.getdoc(target) or "").replace("SyncRoundTableClient(", "")
    ]
    assert leftovers == []


class _Page:
    def __init__(self, src_uri: str) -> None:
        self.file = type("File", (), {"src_uri": src_uri})()


def test_the_docs_take_routes_from_the_registry():
    import docs_operations

    markdown = "| {{ route:get_health }} | x |\n| {{ route:get_workspace }} | y |\n{{ operations }}"
    built = docs_operations.on_page_markdown(markdown, _Page("clients.md"))
    assert built.startswith("| `GET /system/health` (no token) | x |\n")
    assert "| `GET /workspaces/{workspace_id}` | y |" in built
    table = built.split("{workspace_id}` | y |\n", 1)[1].splitlines()
    assert len(table) == 2 + len(roundtable.api.OPERATIONS)  # the heading, then each one
    assert "| `create_workspace` | `POST /workspaces` | Bearer | 201 | `Workspace` |" in built


def test_a_page_naming_an_operation_the_spec_lacks_fails_the_build():
    import docs_operations

    with pytest.raises(docs_operations.UnknownOperation, match="get_stats"):
        docs_operations.on_page_markdown("{{ route:get_stats }}", _Page("clients.md"))


def test_each_returns_table_is_one_row_and_its_type_a_type(site: Path):
    """A Returns text is one description: not cut into rows at each line, nor its first
    words taken for a type ("A `TokenPair`: ...")."""
    pages = "".join(path.read_text() for path in site.rglob("*.html"))
    tables = re.findall(r"Returns:</span></p>\s*<table>(.*?)</table>", pages, flags=re.S)
    assert len(tables) > 40  # every method of the clients, resources and test kit
    for table in tables:
        rows = re.findall(r'<tr class="doc-section-item">(.*?)</tr>', table, flags=re.S)
        assert len(rows) == 1, table[:400]
        kind = re.sub(r"<[^>]+>", "", rows[0].split("</td>", 1)[0]).strip()
        assert " " not in kind.replace(" | ", "|").replace(", ", ","), kind


def test_signatures_show_default_values_not_constant_names(site: Path):
    """`timeout=DEFAULT_WAIT_TIMEOUT` tells a reader nothing: the value is shown."""
    pages = "".join(path.read_text() for path in site.rglob("*.html"))
    text = re.sub(r"<[^>]+>", "", pages)
    assert re.findall(r"=\s*\(?\s*[A-Z][A-Z0-9_]{3,}\b", text) == []
    assert "timeout: float = 300.0" in text  # the waiters' DEFAULT_WAIT_TIMEOUT


def test_no_example_line_is_longer_than_the_text_column_holds(site: Path):
    """docs/stylesheets/extra.css sets code so that 100 characters fit the text column at
    1280 px (checked by eye with headless Chromium): a longer line would be cut off."""
    pages = "".join(path.read_text() for path in site.rglob("*.html"))
    assert "stylesheets/extra.css" in pages
    blocks = re.findall(r"<pre[^>]*>(.*?)</pre>", pages, flags=re.S)
    lines = [
        html.unescape(re.sub(r"<[^>]+>", "", line))
        for block in blocks
        for line in block.splitlines()
    ]
    assert len(lines) > 200
    assert [line for line in lines if len(line) > 100] == []
