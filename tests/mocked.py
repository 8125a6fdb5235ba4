"""What the tests of mocked answers (pytest-httpx, httpx.MockTransport) share: the
client's base URL and key, and a workspace as the server sends it."""

BASE_URL = "http://rt.test/api/v1"
SECRET_KEY = "sk-very-secret-key-123"
WORKSPACE = {
    "workspace_id": "ws_1",
    "user_id": "u",
    "name": "n",
    "description": None,
    "is_active": True,
    "settings": {},
    "created_at": "2026-01-01T00:00:00",
    "updated_at": "2026-01-01T00:00:00",
}
