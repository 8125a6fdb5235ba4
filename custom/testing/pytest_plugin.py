"""The SDK's pytest fixtures (`roundtable._pytest_plugin`), under the name earlier
releases gave them: `pytest_plugins = ["roundtable.testing.pytest_plugin"]` still works,
though installing `roundtable-sdk[testing]` registers them by itself."""

from .._pytest_plugin import *  # noqa: F403
from .._pytest_plugin import TestClock, pytest_configure  # noqa: F401
