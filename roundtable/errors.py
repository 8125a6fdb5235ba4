"""Errors of the low-level generated layer (`roundtable.api` called directly).

Users of `RoundTableClient` and `SyncRoundTableClient` never see these: the clients
raise only `roundtable.exceptions` (every one a `RoundTableError`).
"""


class UnexpectedStatus(Exception):
    """Raised by the generated `roundtable.api` functions for a status the spec does not
    declare, when their `Client` has `raise_on_unexpected_status=True`."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["UnexpectedStatus"]
