"""What the tests of mocked answers (pytest-httpx) share: the client's base URL and key."""

BASE_URL = "http://rt.test/api/v1"
SECRET_KEY = "sk-very-secret-key-123"
