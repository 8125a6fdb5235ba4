"""Look at the built API reference as a reader would: headless Chromium renders the index
and a method's page, and the text it shows is checked; and, opened from disk as a
downloaded site is, the search box finds what a reader searches for.

    make docs && python scripts/check_docs_in_browser.py

Needs `chromium` on PATH (e.g. `apt-get install chromium`); a check by hand, not part of
`make test`. Exits non-zero naming what a reader would not see.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

SITE = Path(__file__).resolve().parent.parent / "site"

EXPECTED = {
    "index.html": ["roundtable-sdk", "Quick start", "pip install roundtable-sdk"],
    "resources.html": [
        "Workspaces",
        "create",
        "Raises:",
        "NotFoundError",
        "wait_for_status",
        "WaitTimeoutError",
        "Example",
    ],
    "testing.html": ["ReferenceServer", "FaultPlan", "inject", "TestClock", "Profile"],
}
# Code as shown in examples; compared without spaces (highlighting splits it into tokens).
EXPECTED_CODE = {
    "resources.html": [
        "awaitclient.workspaces.delete(workspace.workspace_id)",
        'awaitclient.sandboxes.wait_for_status(sandbox.sandbox_id,"running")',
    ],
}


# Searches typed into the box (opened by a `?q=` link, the theme's search.share), and a
# page each must find.
SEARCHES = {"TestClock": "testing.html", "wait_for_status": "resources.html"}


def rendered(url: str, browser: str) -> str:
    """The page's DOM after Chromium ran it (and its search worker answered)."""
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            # Time enough, on Chromium's virtual clock, for the search index to load.
            "--virtual-time-budget=15000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    ).stdout


def visible_text(page: Path, browser: str) -> str:
    """The page's DOM after Chromium ran it, reduced to the text a reader sees."""
    dom = re.sub(
        r"<(script|style)[^>]*>.*?</\1>", " ", rendered(page.as_uri(), browser), flags=re.S
    )
    return html.unescape(re.sub(r"<[^>]+>", " ", dom))


def search_problems(browser: str) -> list[str]:
    """What the search box, in the site opened from disk, fails to find."""
    problems = []
    for query, page in SEARCHES.items():
        dom = rendered(f"{(SITE / 'index.html').as_uri()}?q={query}", browser)
        if re.search(r'<div class="md-search"[^>]* hidden', dom):
            problems.append(f"search for {query!r}: the search box is hidden (no worker)")
            continue
        found = re.findall(r'class="md-search-result__item"><a href="([^"#]+)', dom)
        shown = [link.rsplit("/", 1)[-1] for link in found]
        print(f"search for {query!r} from disk: {', '.join(shown) or 'nothing'}")
        if page not in shown:
            problems.append(f"search for {query!r} from disk: {page} not found")
    return problems


def main() -> int:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium is not installed (apt-get install chromium)")
        return 2
    missing = []
    for name, words in EXPECTED.items():
        page = SITE / name
        if not page.exists():
            missing.append(f"{name}: not built (run make docs)")
            continue
        text = " ".join(visible_text(page, browser).split())
        missing += [f"{name}: {word!r} not shown" for word in words if word not in text]
        code = "".join(text.split())
        missing += [
            f"{name}: example {line!r} not shown"
            for line in EXPECTED_CODE.get(name, [])
            if line not in code
        ]
        print(f"{name}: {len(text)} characters shown")
    missing += search_problems(browser)
    for problem in missing:
        print(problem)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
