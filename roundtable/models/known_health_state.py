from enum import StrEnum


class KnownHealthState(StrEnum):
    """The health states of the server the contract names. A status field also accepts
    other strings.

    Values: "healthy", "degraded", "unhealthy".
    """

    DEGRADED = "degraded"
    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"

    def __str__(self) -> str:
        return str(self.value)
