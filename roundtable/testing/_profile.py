"""Where today's Round Table server and the documented contract part ways, the reference
server plays one side or the other: a profile names the side for each difference.

`today` (the default) is the server as recorded on the wire (wire-samples.txt, and the
"More observed behaviour" survey of wire-contract.md): a suite that passes against it
predicts production. `documented` is the corrected behaviour the contract describes,
so that code (and the SDK) can be tested against the server as it is meant to become.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    # "2026-11-26T06:37:25" (today) or "2026-11-26T06:37:25Z".
    timestamps_with_offset: bool
    # A sent message is "delivered" at once; today it stays "pending".
    messages_delivered: bool
    # A collaboration advances a round per `collaboration_round_seconds` and completes;
    # today it stays at step 1 (10 %, "Collaboration started") with null timestamps.
    collaborations_advance: bool
    # Sandbox status carries uptime_seconds, sandbox metrics messages_sent/received and a
    # real uptime; today neither (metrics.uptime_seconds is always 0).
    activity_reported: bool
    # A broadcast with a sender stores one message per recipient; today none is stored.
    broadcasts_stored: bool
    # Idempotency-Key honoured (and said so with Idempotency-Supported); today ignored.
    honours_idempotency: bool
    # Lists of workspaces and sandboxes see only the first this-many rows (None: all).
    list_window: int | None
    # Today's message pager takes the newest `limit` rows, then slices [offset:offset+limit].
    message_pager_defect: bool
    # A request without an Authorization header: 403 today (401 on aggregate metrics).
    missing_credentials_status: int
    # PUT /workspaces/{id}/config with a value out of range: 500 text/plain today, else 422.
    config_range_error_status: int
    # Deleting a workspace deletes its sandboxes, messages and collaborations; today they
    # are left, and their owner gets 403 on each.
    workspace_delete_cascades: bool
    # A sandbox's log records its lifecycle and messages; today's is always empty.
    sandbox_logs_kept: bool


TODAY = Profile(
    name="today",
    timestamps_with_offset=False,
    messages_delivered=False,
    collaborations_advance=False,
    activity_reported=False,
    broadcasts_stored=False,
    honours_idempotency=False,
    list_window=100,
    message_pager_defect=True,
    missing_credentials_status=403,
    config_range_error_status=500,
    workspace_delete_cascades=False,
    sandbox_logs_kept=False,
)

DOCUMENTED = Profile(
    name="documented",
    timestamps_with_offset=True,
    messages_delivered=True,
    collaborations_advance=True,
    activity_reported=True,
    broadcasts_stored=True,
    honours_idempotency=True,
    list_window=None,
    message_pager_defect=False,
    missing_credentials_status=401,
    config_range_error_status=422,
    workspace_delete_cascades=True,
    sandbox_logs_kept=True,
)

PROFILES = {profile.name: profile for profile in (TODAY, DOCUMENTED)}


def profile_named(profile: str | Profile) -> Profile:
    if isinstance(profile, Profile):
        return profile
    try:
        return PROFILES[profile]
    except KeyError:
        raise ValueError(
            f"unknown profile {profile!r}; choose one of: {', '.join(PROFILES)}"
        ) from None
