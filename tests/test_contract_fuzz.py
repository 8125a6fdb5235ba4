"""The reference server fuzzed against openapi.yaml (schemathesis): no 5xx, and every
answer, errors included, conforms to the contract: status, content type, headers, body.

In its documented profile: today's server (the default profile) sends timestamps without
the offset that `format: date-time` asks for, and a 500 for out-of-range settings, as
recorded; test_reference_profiles replays the recordings against that profile instead.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from roundtable.testing import ReferenceServer

server = ReferenceServer(profile="documented")
# Valid and invalid requests alike: an invalid one must be refused with a declared error.
CONFIG = schemathesis.config.SchemathesisConfig.from_dict({"generation": {"mode": "all"}})
schema = schemathesis.openapi.from_asgi("/openapi.json", server.app, config=CONFIG)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_reference_server_honours_the_contract(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {server.api_key}"}, checks=CHECKS)
