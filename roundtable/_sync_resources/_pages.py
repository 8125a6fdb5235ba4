"""Auto-pagination by limit and offset, sound on today's Round Table server and on one
that pages as documented.

Today's server lists no workspace or sandbox past the 100th row at any offset, and its
message pager takes the newest `limit` rows before it applies `offset` (so `limit=3,
offset=3` gives nothing). `iterate()` reaches every item either server can give, and says
so in a warning when it stops where today's server stops listing, rather than let a
truncated list pass for a complete one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TypeVar

from ..exceptions import InvalidRequestError

Item = TypeVar("Item")

# The contract's largest `limit`, and the rows today's server lists at most.
MAX_LIMIT = 100
SERVER_LIST_WINDOW = 100

logger = logging.getLogger("roundtable")


def checked_page_size(page_size: int) -> int:
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise InvalidRequestError(
            f"page_size must be an int, not {type(page_size).__name__}", field="page_size"
        )
    if not 1 <= page_size <= MAX_LIMIT:
        raise InvalidRequestError(
            f"page_size must be between 1 and {MAX_LIMIT}, not {page_size}", field="page_size"
        )
    return page_size


def paginate(
    fetch_page: Callable[[int, int], list[Item]], page_size: int, what: str
) -> Iterator[Item]:
    """Every item, page by page, until a page comes back short.

    `fetch_page(limit, offset)` gives the items of one page; `what` names the listing in
    the warning given when the items end exactly where today's server stops listing.
    """
    offset = 0
    while True:
        batch = fetch_page(page_size, offset)
        for item in batch:
            yield item
        offset += len(batch)
        if len(batch) < page_size:
            if offset == SERVER_LIST_WINDOW:
                logger.warning(
                    "%s stopped after %d items: today's Round Table server lists no more "
                    "than %d, so there may be more that cannot be listed",
                    what,
                    offset,
                    SERVER_LIST_WINDOW,
                )
            return


def message_page(
    fetch: Callable[[int, int], list[Item]],
) -> Callable[[int, int], list[Item]]:
    """A page of messages that both pagers give.

    Asking for `limit=offset+page_size` from `offset` reaches the page on today's pager
    (the newest offset+page_size rows, sliced from offset), and on a pager that works as
    documented the page is the first `page_size` items of that answer.
    """

    def page(page_size: int, offset: int) -> list[Item]:
        items = fetch(min(offset + page_size, MAX_LIMIT), offset)
        return items[:page_size]

    return page
