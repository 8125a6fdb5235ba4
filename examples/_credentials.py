"""The examples' credentials, from the environment, as a user's program would take them.

ROUND_TABLE_BASE_URL is read by the clients themselves; the credentials are
ROUND_TABLE_API_KEY (an access token) or ROUND_TABLE_EMAIL + ROUND_TABLE_PASSWORD (the
client logs in and renews its token).
"""

import os


def credentials(default_key=None):
    """Keyword arguments for `RoundTableClient(...)` or `SyncRoundTableClient(...)`."""
    email, password = os.getenv("ROUND_TABLE_EMAIL"), os.getenv("ROUND_TABLE_PASSWORD")
    if email and password:
        return {"email": email, "password": password}
    return {"api_key": os.getenv("ROUND_TABLE_API_KEY") or default_key}
