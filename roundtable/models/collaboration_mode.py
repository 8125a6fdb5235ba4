from enum import StrEnum


class CollaborationMode(StrEnum):
    ORCHESTRATED = "orchestrated"
    PEER_TO_PEER = "peer_to_peer"
    SWARM = "swarm"

    def __str__(self) -> str:
        return str(self.value)
