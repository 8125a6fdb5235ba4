"""The reference server's in-memory world: users, tokens, workspaces, sandboxes, messages,
collaborations. Plain data and the rules between them; no HTTP here.

Each method returns the JSON payload the contract gives, or raises `Problem` with the
status and detail the Round Table server answers.
"""

from __future__ import annotations

import datetime
import itertools
import platform
import secrets
import time
from collections.abc import Callable
from typing import Any

from attrs import define, field

from ._profile import TODAY, Profile

JSON = dict[str, Any]
DEFAULT_EMAIL = "demo@roundtable.local"
SERVER_VERSION = "0.1.0-reference"


class Problem(Exception):
    def __init__(self, status: int, detail: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def _new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(5)}"


@define
class _Token:
    user_id: str
    kind: str  # "access" or "refresh"
    expires_at: float | None


@define
class _User:
    user_id: str
    email: str
    password: str
    full_name: str | None
    is_active: bool = True


@define
class World:
    """The reference server's state: users and tokens, workspaces, sandboxes, messages and
    collaborations, and the rules between them (`server.world`). Tests may read it, or
    set it up directly, e.g. `server.world.register(email, password, None)`."""

    clock: Callable[[], float] = time.time
    profile: Profile = TODAY
    access_token_lifetime: float = 1800.0
    collaboration_round_seconds: float = 5.0
    refresh_token_lifetime: float = 7 * 24 * 3600.0
    users: dict[str, _User] = field(factory=dict)
    tokens: dict[str, _Token] = field(factory=dict)
    workspaces: dict[str, JSON] = field(factory=dict)
    sandboxes: dict[str, JSON] = field(factory=dict)
    messages: dict[str, JSON] = field(factory=dict)
    collaborations: dict[str, JSON] = field(factory=dict)
    # Sandbox internals the contract does not show: when it started, its log.
    started_at: dict[str, float] = field(factory=dict)
    logs: dict[str, list[JSON]] = field(factory=dict)
    _sequence: itertools.count[int] = field(factory=itertools.count)

    # -- time ------------------------------------------------------------------------

    # Today's Round Table server leaves the offset out (UTC all the same); the documented
    # form is RFC 3339 with "Z", as `format: date-time` requires. The SDK reads both.
    def now(self) -> str:
        return self._stamp(
            datetime.datetime.fromtimestamp(self.clock(), datetime.UTC).replace(microsecond=0)
        )

    def now_precise(self) -> str:
        return self._stamp(datetime.datetime.fromtimestamp(self.clock(), datetime.UTC))

    def _stamp(self, moment: datetime.datetime) -> str:
        naive = moment.replace(tzinfo=None).isoformat()
        return naive + "Z" if self.profile.timestamps_with_offset else naive

    # -- system -----------------------------------------------------------------------------

    def health(self) -> JSON:
        bus = self.profile.message_bus_connected
        return {
            "status": "healthy" if bus else "degraded",
            "timestamp": self.now_precise(),
            "version": SERVER_VERSION,
            "database": "connected",
            "message_bus": "connected" if bus else "disconnected",
        }

    def info(self, user_id: str | None) -> JSON:
        info: JSON = {
            "name": "Round Table reference server",
            "version": SERVER_VERSION,
            "description": "In-memory Round Table API for tests and demos (roundtable.testing)",
            "environment": "reference",
            "python_version": platform.python_version(),
            "platform": platform.platform(),
            "authenticated": user_id is not None,
        }
        if user_id is not None:
            info.update(user_id=user_id, email=self.users[user_id].email)
        return info

    # -- users and tokens -----------------------------------------------------------

    def add_api_key(self, key: str, email: str = DEFAULT_EMAIL) -> str:
        """A static key that never expires, for `email` (created when new)."""
        user = self._user_by_email(email) or self._create_user(email, secrets.token_hex(8), None)
        self.tokens[key] = _Token(user.user_id, "access", None)
        return user.user_id

    def register(self, email: str, password: str, full_name: str | None) -> JSON:
        email = _with_lowercase_domain(email)
        if self._user_by_email(email) is not None:
            raise Problem(400, "Email already registered")
        user = self._create_user(email, password, full_name)
        return self._token_pair(user.user_id)

    def login(self, email: str, password: str) -> JSON:
        """Log in by email, whose domain matches in any case (as registered)."""
        return self.login_as(_with_lowercase_domain(email), password)

    def login_as(self, username: str, password: str) -> JSON:
        """Log in by the email exactly as stored: the OAuth2 form's `username` is not an
        email field on today's server, so its domain is not lower-cased."""
        user = self._user_by_email(username)
        # compare_digest takes ASCII text only: any password is compared as UTF-8 bytes.
        if user is None or not secrets.compare_digest(
            user.password.encode("utf-8", "surrogatepass"),
            password.encode("utf-8", "surrogatepass"),
        ):
            raise Problem(401, "Incorrect email or password", {"WWW-Authenticate": "Bearer"})
        if not user.is_active:
            raise Problem(403, "Inactive user")
        return self._token_pair(user.user_id)

    def refresh(self, refresh_token: str) -> JSON:
        token = self.tokens.get(refresh_token)
        if token is None or token.kind != "refresh" or self._expired(token):
            raise Problem(401, "Invalid refresh token", {"WWW-Authenticate": "Bearer"})
        access = self._issue(token.user_id, "access", self.access_token_lifetime)
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": int(self.access_token_lifetime),
        }

    def authenticate(self, bearer: str | None) -> str:
        """The user id the bearer token stands for."""
        if bearer is None:
            raise Problem(401, "Not authenticated", {"WWW-Authenticate": "Bearer"})
        token = self.tokens.get(bearer)
        if token is None or token.kind != "access" or self._expired(token):
            raise Problem(401, "Could not validate credentials", {"WWW-Authenticate": "Bearer"})
        return token.user_id

    def me(self, user_id: str) -> JSON:
        user = self.users[user_id]
        return {
            "user_id": user.user_id,
            "email": user.email,
            "full_name": user.full_name,
            "is_active": user.is_active,
        }

    def _create_user(self, email: str, password: str, full_name: str | None) -> _User:
        user = _User(_new_id("usr"), email, password, full_name)
        self.users[user.user_id] = user
        return user

    def _user_by_email(self, email: str) -> _User | None:
        return next((user for user in self.users.values() if user.email == email), None)

    def _token_pair(self, user_id: str) -> JSON:
        return {
            "access_token": self._issue(user_id, "access", self.access_token_lifetime),
            "token_type": "bearer",
            "expires_in": int(self.access_token_lifetime),
            "refresh_token": self._issue(user_id, "refresh", self.refresh_token_lifetime),
        }

    def _issue(self, user_id: str, kind: str, lifetime: float) -> str:
        token = f"rt_{kind}_{secrets.token_urlsafe(24)}"
        self.tokens[token] = _Token(user_id, kind, self.clock() + lifetime)
        return token

    def _expired(self, token: _Token) -> bool:
        return token.expires_at is not None and self.clock() >= token.expires_at

    # -- workspaces ----------------------------------------------------------------------

    def list_workspaces(self, user_id: str, offset: int, limit: int) -> JSON:
        owned = [ws for ws in self.workspaces.values() if ws["user_id"] == user_id]
        page = self._windowed(owned)[offset : offset + limit]
        summaries = [
            {
                "workspace_id": ws["workspace_id"],
                "name": ws["name"],
                "description": ws["description"],
                "sandbox_count": len(self._sandboxes_of(ws["workspace_id"])),
                "created_at": ws["created_at"],
            }
            for ws in page
        ]
        return {"workspaces": summaries, "count": len(summaries), "offset": offset, "limit": limit}

    def _windowed(self, rows: list[JSON]) -> list[JSON]:
        """Today's server lists from the first `list_window` rows only, then pages them."""
        window = self.profile.list_window
        return rows if window is None else rows[:window]

    def create_workspace(self, user_id: str, body: JSON) -> JSON:
        now = self.now()
        workspace = {
            "workspace_id": _new_id("ws"),
            "user_id": user_id,
            "name": body["name"],
            "description": body.get("description"),
            "settings": _settings(body.get("settings")),
            "is_active": True,
            "created_at": now,
            "updated_at": now,
        }
        self.workspaces[workspace["workspace_id"]] = workspace
        return workspace

    def workspace(self, user_id: str, workspace_id: str, verb: str = "access") -> JSON:
        """A workspace the user owns; another user's answers 403 (direct routes)."""
        workspace = self.workspaces.get(workspace_id)
        if workspace is None:
            raise Problem(404, f"Workspace {workspace_id} not found")
        if workspace["user_id"] != user_id:
            raise Problem(403, f"Not authorized to {verb} this workspace")
        return workspace

    def nested_workspace(self, user_id: str, workspace_id: str) -> JSON:
        """A workspace reached through a nested route: another user's answers 404."""
        workspace = self.workspaces.get(workspace_id)
        if workspace is None or workspace["user_id"] != user_id:
            raise Problem(404, f"Workspace {workspace_id} not found")
        return workspace

    def update_workspace(self, user_id: str, workspace_id: str, body: JSON) -> JSON:
        workspace = self.workspace(user_id, workspace_id, "update")
        for key in ("name", "description", "is_active"):
            if body.get(key) is not None:
                workspace[key] = body[key]
        if body.get("settings") is not None:
            workspace["settings"] = _settings(body["settings"])
        workspace["updated_at"] = self.now()
        return workspace

    def delete_workspace(self, user_id: str, workspace_id: str) -> None:
        self.workspace(user_id, workspace_id, "delete")
        if not self.profile.workspace_delete_cascades:
            # Today's server: the children stay, owned by nobody (403 to their owner).
            del self.workspaces[workspace_id]
            return
        for sandbox in self._sandboxes_of(workspace_id):
            self._remove_sandbox(sandbox["sandbox_id"])
        for store in (self.messages, self.collaborations):
            for key in [key for key, item in store.items() if item["workspace_id"] == workspace_id]:
                del store[key]
        del self.workspaces[workspace_id]

    def replace_settings(self, user_id: str, workspace_id: str, body: JSON) -> JSON:
        workspace = self.workspace(user_id, workspace_id, "update")
        workspace["settings"] = _settings(body)
        workspace["updated_at"] = self.now()
        settings: JSON = workspace["settings"]
        return settings

    # -- sandboxes --------------------------------------------------------------------------

    def list_sandboxes(self, user_id: str, workspace_id: str, offset: int, limit: int) -> JSON:
        self.nested_workspace(user_id, workspace_id)
        page = self._windowed(self._sandboxes_of(workspace_id))[offset : offset + limit]
        keys = ("sandbox_id", "workspace_id", "name", "status", "agent_config", "created_at")
        summaries = [{key: sandbox[key] for key in keys} for sandbox in page]
        return {"sandboxes": summaries, "count": len(summaries), "offset": offset, "limit": limit}

    def create_sandbox(self, user_id: str, workspace_id: str, body: JSON) -> JSON:
        workspace = self.nested_workspace(user_id, workspace_id)
        limit = workspace["settings"]["max_sandboxes"]
        enforced = self.profile.sandbox_limit_enforced
        if enforced and len(self._sandboxes_of(workspace_id)) >= limit:
            raise Problem(
                409, f"Workspace {workspace_id} already has {limit} sandboxes (max_sandboxes)"
            )
        now = self.now()
        agent = body["agent_config"]
        # Today's server checks the limits asked for, then keeps its defaults.
        limits = (body.get("resource_limits") or {}) if self.profile.resource_limits_kept else {}
        sandbox = {
            "sandbox_id": _new_id("sb"),
            "workspace_id": workspace_id,
            "name": body["name"],
            "status": "provisioning",
            "agent_config": {
                "primary_agent": agent["primary_agent"],
                "model": agent.get("model", "gpt-4"),
                "sub_agents": agent.get("sub_agents", []),
                "max_tokens": agent.get("max_tokens", 4096),
                "temperature": agent.get("temperature", 0.7),
            },
            "resource_limits": {
                "max_memory_mb": 1024,
                "max_cpu_cores": 1.0,
                "max_disk_gb": 10,
                "timeout_seconds": 300,
                **limits,
            },
            "health": _health("provisioning"),
            "connection": None,
            "created_at": now,
            "updated_at": now,
        }
        self.sandboxes[sandbox["sandbox_id"]] = sandbox
        self.logs[sandbox["sandbox_id"]] = []
        self._log(sandbox["sandbox_id"], "info", "Sandbox created")
        return sandbox

    def sandbox(self, user_id: str, sandbox_id: str, verb: str = "access") -> JSON:
        sandbox = self.sandboxes.get(sandbox_id)
        if sandbox is None:
            raise Problem(404, f"Sandbox {sandbox_id} not found")
        if self._owner(sandbox["workspace_id"]) != user_id:
            raise Problem(403, f"Not authorized to {verb} this sandbox")
        return sandbox

    def set_running(self, user_id: str, sandbox_id: str, running: bool) -> JSON:
        sandbox = self.sandbox(user_id, sandbox_id, "start" if running else "stop")
        answer = dict(sandbox) if self.profile.transition_answers_old_stamp else sandbox
        status = "running" if running else "stopped"
        if sandbox["status"] != status:
            if running:
                self.started_at[sandbox_id] = self.clock()
            else:
                self.started_at.pop(sandbox_id, None)
            sandbox["status"] = status
            sandbox["health"] = _health(status)
            sandbox["updated_at"] = self.now()
            self._log(sandbox_id, "info", f"Sandbox {status}")
        elif self.profile.repeat_transition_touches:
            sandbox["updated_at"] = self.now()
        if answer is not sandbox:  # today's answer: the new status, the old updated_at
            return {**sandbox, "updated_at": answer["updated_at"]}
        return sandbox

    def sandbox_status(self, user_id: str, sandbox_id: str) -> JSON:
        sandbox = self.sandbox(user_id, sandbox_id)
        keys = ("sandbox_id", "status", "created_at", "updated_at")
        status = {key: sandbox[key] for key in keys}
        if self.profile.activity_reported:
            status["uptime_seconds"] = self._uptime(sandbox_id)
        return status

    def sandbox_metrics(self, user_id: str, sandbox_id: str) -> JSON:
        self.sandbox(user_id, sandbox_id)
        metrics: JSON = {
            "cpu_usage": 0.0,
            "memory_usage_mb": 0,
            "disk_usage_gb": 0.0,
            "network_io": {"bytes_sent": 0, "bytes_received": 0},
            "uptime_seconds": 0,
        }
        if self.profile.activity_reported:
            metrics.update(
                uptime_seconds=self._uptime(sandbox_id) or 0,
                messages_sent=sum(
                    1 for m in self.messages.values() if m["from_sandbox_id"] == sandbox_id
                ),
                messages_received=sum(
                    1 for m in self.messages.values() if m["to_sandbox_id"] == sandbox_id
                ),
            )
        return {"sandbox_id": sandbox_id, "metrics": metrics}

    def sandbox_logs(self, user_id: str, sandbox_id: str, offset: int, limit: int) -> JSON:
        self.sandbox(user_id, sandbox_id)
        page = self.logs[sandbox_id][offset : offset + limit]
        return {
            "sandbox_id": sandbox_id,
            "logs": page,
            "count": len(page),
            "offset": offset,
            "limit": limit,
        }

    def delete_sandbox(self, user_id: str, sandbox_id: str) -> None:
        self.sandbox(user_id, sandbox_id, "delete")
        self._remove_sandbox(sandbox_id)

    def _remove_sandbox(self, sandbox_id: str) -> None:
        del self.sandboxes[sandbox_id]
        self.started_at.pop(sandbox_id, None)
        self.logs.pop(sandbox_id, None)

    def _owner(self, workspace_id: str) -> str | None:
        """Who owns the workspace; nobody once it is deleted (its children may outlive it)."""
        workspace = self.workspaces.get(workspace_id)
        return None if workspace is None else str(workspace["user_id"])

    def _sandboxes_of(self, workspace_id: str) -> list[JSON]:
        return [sb for sb in self.sandboxes.values() if sb["workspace_id"] == workspace_id]

    def _uptime(self, sandbox_id: str) -> float | None:
        started = self.started_at.get(sandbox_id)
        return None if started is None else round(self.clock() - started, 3)

    def _log(self, sandbox_id: str, level: str, message: str) -> None:
        if not self.profile.sandbox_logs_kept:
            return
        self.logs[sandbox_id].append({"timestamp": self.now(), "level": level, "message": message})

    # -- messages -----------------------------------------------------------------------------

    def send_message(self, user_id: str, sender_id: str, body: JSON) -> JSON:
        sender = self.sandboxes.get(sender_id)
        if sender is None:
            raise Problem(404, f"Sender sandbox {sender_id} not found")
        if self._owner(sender["workspace_id"]) != user_id:
            raise Problem(403, "Not authorized to send messages from this sandbox")
        recipient_id = body["to_sandbox_id"]
        recipient = self.sandboxes.get(recipient_id)
        if recipient is None:
            raise Problem(404, f"Recipient sandbox {recipient_id} not found")
        if recipient["workspace_id"] != sender["workspace_id"]:
            raise Problem(400, "Recipient sandbox must be in the same workspace")
        return self._store_message(
            sender, recipient_id, body["content"], body.get("message_type", "request")
        )

    def list_messages(self, user_id: str, sandbox_id: str, offset: int, limit: int) -> JSON:
        self.sandbox(user_id, sandbox_id)
        involved = [
            m
            for m in self.messages.values()
            if sandbox_id in (m["from_sandbox_id"], m["to_sandbox_id"])
        ]
        newest_first = sorted(involved, key=lambda m: m["_sequence"], reverse=True)
        if self.profile.same_second_oldest_first:
            # Stamps are to the second; today's database gives a second's messages as its
            # two indexes find them: those the sandbox sent, then those it received, each
            # oldest first (a stable sort by stamp keeps that order).
            found = sorted(
                involved, key=lambda m: (m["from_sandbox_id"] != sandbox_id, m["_sequence"])
            )
            newest_first = sorted(found, key=lambda m: m["created_at"], reverse=True)
        if self.profile.message_pager_defect:
            # Today's server takes the newest `limit` rows, then slices them by offset:
            # limit=3&offset=3 gives nothing, limit=10&offset=3 the 4th to the 10th.
            newest_first = newest_first[:limit]
        page = [_public(m) for m in newest_first[offset : offset + limit]]
        return {"messages": page, "count": len(page), "offset": offset, "limit": limit}

    def message(self, user_id: str, message_id: str) -> JSON:
        message = self.messages.get(message_id)
        if message is None:
            raise Problem(404, f"Message {message_id} not found")
        if self._owner(message["workspace_id"]) != user_id:
            raise Problem(403, "Not authorized to access this message")
        return _public(message)

    def broadcast(self, user_id: str, workspace_id: str, body: JSON) -> JSON:
        self.nested_workspace(user_id, workspace_id)
        members = self._sandboxes_of(workspace_id)
        if not members:
            raise Problem(400, "No sandboxes in workspace to broadcast to")
        message_type = body.get("message_type", "notification")
        # Today's server has no sender field: from_sandbox_id is ignored.
        sender_id = body.get("from_sandbox_id") if self.profile.broadcast_sender_read else None
        sender = self.sandboxes.get(sender_id) if sender_id else None
        if sender_id and (sender is None or sender["workspace_id"] != workspace_id):
            raise Problem(404, f"Sender sandbox {sender_id} not found in workspace {workspace_id}")
        exclude_sender = body.get("exclude_sender", True)
        recipients = [
            sb for sb in members if not (exclude_sender and sb["sandbox_id"] == sender_id)
        ]
        if sender is not None and self.profile.broadcasts_stored:
            # Without a sender there is nobody to send from: the broadcast is counted only.
            # Today's server stores no message for a broadcast at all.
            for recipient in recipients:
                self._store_message(sender, recipient["sandbox_id"], body["content"], message_type)
        return {
            "workspace_id": workspace_id,
            "broadcast_to": len(recipients),
            "message_type": message_type,
        }

    def _store_message(
        self, sender: JSON, recipient_id: str, content: JSON, message_type: str
    ) -> JSON:
        now = self.now()
        message = {
            "message_id": _new_id("msg"),
            "from_sandbox_id": sender["sandbox_id"],
            "to_sandbox_id": recipient_id,
            "workspace_id": sender["workspace_id"],
            "content": content,
            "message_type": message_type,
            "status": {
                # Today's server leaves every message pending.
                "status": "delivered" if self.profile.messages_delivered else "pending",
                "sent_at": now,
                "delivered_at": now if self.profile.messages_delivered else None,
                "failed_at": None,
                "error_message": None,
            },
            "created_at": now,
            "updated_at": now,
            "_sequence": next(self._sequence),
        }
        self.messages[message["message_id"]] = message
        self._log(sender["sandbox_id"], "info", f"Sent {message['message_id']} to {recipient_id}")
        if recipient_id in self.logs:
            self._log(recipient_id, "info", f"Received {message['message_id']}")
        return _public(message)

    # -- collaborations --------------------------------------------------------------------------

    def orchestrate(self, user_id: str, workspace_id: str, body: JSON) -> JSON:
        self.nested_workspace(user_id, workspace_id)
        for participant in body["participants"]:
            sandbox = self.sandboxes.get(participant)
            if sandbox is None:
                raise Problem(404, f"Participant sandbox {participant} not found")
            if sandbox["workspace_id"] != workspace_id:
                raise Problem(
                    400, f"Participant sandbox {participant} is not in workspace {workspace_id}"
                )
        config = body.get("config") or {}
        rounds = config.get("max_rounds")
        advancing = self.profile.collaborations_advance
        # Today's server plans one round per participant plus one, whatever max_rounds says.
        total = (
            rounds
            if advancing and isinstance(rounds, int) and 1 <= rounds <= 20
            else len(body["participants"]) + 1
        )
        # ... and leaves the new collaboration's timestamps null, its progress at 10 %.
        now = self.now() if advancing else None
        collaboration = {
            "collaboration_id": _new_id("col"),
            "workspace_id": workspace_id,
            "task": body["task"],
            "mode": body.get("mode", "orchestrated"),
            "status": "running",
            "participants": list(body["participants"]),
            "progress": {
                "current_step": 1,
                "total_steps": total,
                "percentage": 0.0 if advancing else 10.0,
                "status_message": "Collaboration started",
                "last_update": now,
            },
            "result": None,
            "error": None,
            "created_at": now,
            "updated_at": now,
            "_started": self.clock(),
        }
        self.collaborations[collaboration["collaboration_id"]] = collaboration
        return _public(collaboration)

    def collaboration(self, user_id: str, collaboration_id: str) -> JSON:
        collaboration = self.collaborations.get(collaboration_id)
        if collaboration is None:
            raise Problem(404, f"Collaboration {collaboration_id} not found")
        if self._owner(collaboration["workspace_id"]) != user_id:
            raise Problem(403, "Not authorized to access this collaboration")
        self._advance(collaboration)
        return _public(collaboration)

    def _advance(self, collaboration: JSON) -> None:
        """Bring a running collaboration up to date: one round per `round_seconds`, done
        when every round has passed (a one-round collaboration too).

        Time, not reads, moves it on, so a retried GET sees what the first one would have.
        Today's server never moves it on.
        """
        if collaboration["status"] != "running" or not self.profile.collaborations_advance:
            return
        progress = collaboration["progress"]
        total = progress["total_steps"]
        elapsed = self.clock() - collaboration["_started"]
        rounds_done = int(elapsed // self.collaboration_round_seconds)
        step = min(total, 1 + rounds_done)
        finished = rounds_done >= total
        if step == progress["current_step"] and not finished:
            return
        now = self.now()
        percentage = round(100 * min(rounds_done, total) / total, 1)
        progress.update(current_step=step, percentage=percentage, last_update=now)
        collaboration["updated_at"] = now
        if finished:
            collaboration["status"] = "completed"
            progress["status_message"] = "Collaboration completed"
            collaboration["result"] = {
                "summary": f"Completed: {collaboration['task']}",
                "rounds": total,
                "contributors": collaboration["participants"],
            }
        else:
            progress["status_message"] = f"Round {step} of {total}"

    def discover_agents(self, user_id: str, workspace_id: str) -> JSON:
        self.nested_workspace(user_id, workspace_id)
        agents = [
            {
                "sandbox_id": sb["sandbox_id"],
                "name": sb["name"],
                "status": sb["status"],
                "primary_agent": sb["agent_config"]["primary_agent"],
                "model": sb["agent_config"]["model"],
                "capabilities": sb["agent_config"]["sub_agents"],
                "created_at": sb["created_at"],
            }
            for sb in self._sandboxes_of(workspace_id)
        ]
        return {"workspace_id": workspace_id, "agents": agents, "count": len(agents)}

    def aggregate_metrics(self, user_id: str, workspace_id: str) -> JSON:
        self.nested_workspace(user_id, workspace_id)
        sandboxes = self._sandboxes_of(workspace_id)
        by_status = {status: 0 for status in ("running", "stopped", "provisioning", "error")}
        for sandbox in sandboxes:
            by_status[sandbox["status"]] = by_status.get(sandbox["status"], 0) + 1
        messages = [m for m in self.messages.values() if m["workspace_id"] == workspace_id]
        by_type: dict[str, int] = {}
        by_delivery: dict[str, int] = {}
        for message in messages:
            by_type[message["message_type"]] = by_type.get(message["message_type"], 0) + 1
            state = message["status"]["status"]
            by_delivery[state] = by_delivery.get(state, 0) + 1
        collaborations = [
            c for c in self.collaborations.values() if c["workspace_id"] == workspace_id
        ]
        for collaboration in collaborations:
            self._advance(collaboration)
        return {
            "workspace_id": workspace_id,
            "sandboxes": {"total": len(sandboxes), "by_status": by_status},
            "messages": {"total": len(messages), "by_type": by_type, "by_status": by_delivery},
            "collaborations": {
                # Today's server counts none as active, however many are running.
                "active": sum(1 for c in collaborations if c["status"] == "running")
                if self.profile.active_collaborations_counted
                else 0,
                "completed": sum(1 for c in collaborations if c["status"] == "completed"),
                "failed": sum(1 for c in collaborations if c["status"] == "failed"),
            },
            "timestamp": self.now_precise(),
        }


def _with_lowercase_domain(email: str) -> str:
    """As an email field of today's server keeps it: the domain in lower case (the part
    before the @ is left as given)."""
    local, at, domain = email.rpartition("@")
    return f"{local}{at}{domain.lower()}" if at else email


def _settings(given: JSON | None) -> JSON:
    given = given or {}
    return {
        "max_sandboxes": given.get("max_sandboxes", 10),
        "auto_cleanup": given.get("auto_cleanup", True),
        "retention_days": given.get("retention_days", 30),
        "collaboration_policy": given.get("collaboration_policy", {}),
    }


def _health(status: str) -> JSON:
    return {"status": status, "last_check": None, "container_status": status, "resource_usage": {}}


def _public(item: JSON) -> JSON:
    """The item as served: without the server's private bookkeeping (keys starting `_`)."""
    return {key: value for key, value in item.items() if not key.startswith("_")}
