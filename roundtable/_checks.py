"""What makes a value unusable in an HTTP header, said without quoting the value (it may be
a secret). Checked before sending: httpx would fail late, with a `UnicodeEncodeError` or
with the value itself in its message."""

from __future__ import annotations


def header_value_problem(value: object) -> str | None:
    """Why `value` cannot be sent as a header value, or None when it can."""
    if not isinstance(value, str):
        return f"is a {type(value).__name__}, not a string"
    if value.endswith(("\n", "\r")):
        return "ends with a newline"
    if "\n" in value or "\r" in value:
        return "contains a line break"
    if not value.isascii():
        return "contains a non-ASCII character"
    if not value.replace("\t", " ").isprintable():
        return "contains a control character"
    return None


def secret_problem(value: object) -> str | None:
    """Why `value` cannot be a bearer token or API key, or None when it can."""
    problem = header_value_problem(value)
    if problem is not None:
        return problem
    assert isinstance(value, str)
    if not value:
        return "is empty"
    if value != value.strip():
        return "starts or ends with whitespace"
    if any(character.isspace() for character in value):
        return "contains whitespace"
    return None
