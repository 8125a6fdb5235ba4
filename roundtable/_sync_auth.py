"""Where the bearer token of each request comes from.

A static API key never changes. A token session (from email + password, or a refresh
token) keeps an access token, renews it shortly before it expires, and once when the
server rejects it with 401. One renewal is in flight at a time, in a task of its own: every
task that needs a token waits for that one, shares its outcome (a wrong password is tried
once, not once per waiting task), and may be cancelled without cancelling it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from ._sync_concurrency import SharedWork
from .exceptions import AuthenticationError, ConfigurationError

# Renew this long before expiry, or a tenth of the lifetime for short-lived tokens.
_RENEWAL_LEEWAY = 60.0


class IssuedTokens(Protocol):
    """What /auth/login (TokenPair) and /auth/refresh (AccessToken) answer."""

    access_token: str
    expires_in: int


Login = Callable[[str, str], IssuedTokens]
Refresh = Callable[[str], IssuedTokens]


class Credentials(Protocol):
    @property
    def renewable(self) -> bool: ...

    def current(self) -> str | None:
        """The token to use now, if one is at hand without waiting."""

    def token(self) -> str: ...

    def renew_after_rejection(self, rejected: str) -> None: ...

    def forked(self) -> None:
        """This is a forked child's copy: forget what belongs to the parent's threads."""


class StaticKey:
    """An API key (an access token) given by the caller; a 401 is final."""

    renewable = False
    __slots__ = ("_key",)

    def __init__(self, key: str) -> None:
        self._key = key

    def __repr__(self) -> str:
        return "StaticKey(<redacted>)"

    def current(self) -> str:
        return self._key

    def token(self) -> str:
        return self._key

    def renew_after_rejection(self, rejected: str) -> None:
        raise AssertionError("a static key cannot be renewed")

    def forked(self) -> None:
        return None


class TokenSession:
    """Access tokens obtained and renewed from a login or a refresh token."""

    renewable = True

    def __init__(
        self,
        login: Login,
        refresh: Refresh,
        *,
        email: str | None = None,
        password: str | None = None,
        refresh_token: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._login = login
        self._refresh = refresh
        self._email = email
        self._password = password
        self._refresh_token = refresh_token
        self._clock = clock
        self._access_token: str | None = None
        self._renew_at = 0.0
        self._renewal = SharedWork()

    def __repr__(self) -> str:
        return f"TokenSession(email={self._email!r}, tokens=<redacted>)"

    def forked(self) -> None:
        # A renewal a parent's thread was running at the fork would hold its lock for ever
        # here; the tokens stay good.
        self._renewal = SharedWork()

    def current(self) -> str | None:
        token = self._access_token
        return token if token is not None and self._clock() < self._renew_at else None

    def token(self) -> str:
        token = self.current()
        if token is None:
            self._shared_renewal()
            token = self._access_token
            assert token is not None  # a renewal that returns has accepted a token
        return token

    def renew_after_rejection(self, rejected: str) -> None:
        # Unless another task already renewed the token that was rejected: use that one.
        if self._access_token == rejected:
            self._shared_renewal()

    def _shared_renewal(self) -> None:
        self._renewal.run(self._renew)

    def _renew(self) -> None:
        if self._refresh_token is not None:
            try:
                tokens = self._refresh(self._refresh_token)
            except AuthenticationError:
                if self._password is None:
                    raise
                self._refresh_token = None
            else:
                self._accept(tokens)
                return
        if self._email is None or self._password is None:
            raise ConfigurationError("renewing a token needs a refresh token or email and password")
        self._accept(self._login(self._email, self._password))

    def _accept(self, tokens: IssuedTokens) -> None:
        # The auth resource has checked both (see `resources/auth.py`).
        self._access_token = tokens.access_token
        # A login also issues a refresh token; a refresh does not.
        refresh_token = getattr(tokens, "refresh_token", None)
        if isinstance(refresh_token, str):
            self._refresh_token = refresh_token
        lifetime = float(tokens.expires_in or 0)
        leeway = min(_RENEWAL_LEEWAY, lifetime / 10)
        self._renew_at = self._clock() + lifetime - leeway
