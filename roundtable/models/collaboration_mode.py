from enum import StrEnum


class CollaborationMode(StrEnum):
    """How a collaboration runs, as `collaborations.orchestrate` takes it (a plain string
    is accepted too).

    Values: "orchestrated", "peer_to_peer", "swarm".
    """

    ORCHESTRATED = "orchestrated"
    PEER_TO_PEER = "peer_to_peer"
    SWARM = "swarm"

    def __str__(self) -> str:
        return str(self.value)
