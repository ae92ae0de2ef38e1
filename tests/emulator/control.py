"""The JSON control API of the standalone emulator and the state snapshot."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .components import ComponentsLayer


class ControlLayer(ComponentsLayer):
    """Control API (``/_emulator/...``) and ``snapshot()``."""

    # =========================================================================================
    # control API (standalone mode) and state dump

    async def _control(self, request: web.Request) -> web.Response:
        """``GET /_emulator/state``; ``POST /_emulator/slash`` ``{"name", "options", "user", "dm", "timeout"}``;
        ``POST /_emulator/drop``; ``POST /_emulator/reconnect``; ``POST /_emulator/invalidate``."""
        action = request.path[len("/_emulator/") :]
        try:
            body = await request.json() if request.can_read_body else {}
            if request.method == "GET" and action == "state":
                return self._json(self.snapshot())
            if request.method == "POST" and action == "slash":
                handle = await self.slash_command(
                    body["name"], body.get("options") or {}, user=body.get("user"), dm=bool(body.get("dm", False))
                )
                cb = await handle.wait_callback(timeout=float(body.get("timeout", 5.0)))
                return self._json(
                    {
                        "interaction_id": str(handle.id),
                        "callback": cb.payload,
                        "violations": [str(v) for v in handle.violations],
                    }
                )
            if request.method == "POST" and action == "drop":
                await self.drop_connection()
                return self._json({"ok": True})
            if request.method == "POST" and action == "reconnect":
                await self.send_reconnect()
                return self._json({"ok": True})
            if request.method == "POST" and action == "invalidate":
                await self.invalidate_session(resumable=bool(body.get("resumable", False)))
                return self._json({"ok": True})
        except Exception as exc:
            return self._json({"error": f"{type(exc).__name__}: {exc}"}, status=400)
        return self._json({"error": f"unknown control action {request.method} {action}"}, status=404)

    def snapshot(self) -> dict[str, Any]:
        return {
            "api_base": self.api_base,
            "gateway_url": self.gateway_url,
            "identify_count": self.identify_count,
            "ready_count": self.ready_count,
            "resume_count": self.resume_count,
            "violations": [str(v) for v in self.violations],
            "unknown_requests": [r.route for r in self.unknown_requests],
            "requests": [{"route": r.route, "status": r.status, "json": r.json} for r in self.requests[-200:]],
            "global_commands": self.registered_commands(),
            "guild_commands": {str(g): list(c.values()) for g, c in self._guild_commands.items()},
            "interactions": [
                {
                    "id": h.id,
                    "type": h.type,
                    "name": h.data.get("name"),
                    "callback": h.callback.payload if h.callback else None,
                    "followups": [m.data for m in h.followups],
                }
                for h in self.interactions.values()
            ],
            "channel_messages": {str(c): [m.data for m in msgs] for c, msgs in self.channel_messages.items()},
            "errors": self.errors,
        }
