from typing import Any

from ..._operation import Operation
from ...models.collaboration import Collaboration
from ...types import path_segment


def build_request(
    collaboration_id: str,
) -> dict[str, Any]:
    """The request of `get_collaboration`: GET /collaborations/collaborations/{collaboration_id}, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collaborations/collaborations/{collaboration_id}".format(
            collaboration_id=path_segment(collaboration_id, "collaboration_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_collaboration",
    tag="collaborations",
    method="GET",
    path="/collaborations/collaborations/{collaboration_id}",
    path_parameters=("collaboration_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=Collaboration,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Get a collaboration's status and progress",
    build=build_request,
    parse=Collaboration.from_dict,
)
