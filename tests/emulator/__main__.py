"""Run the Discord emulator standalone: ``python -m tests.emulator --port 8765 --token T``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from .server import DiscordEmulator


def _parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.emulator", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 = pick a free port")
    p.add_argument("--token", default="emulator-token", help="the bot token the emulator accepts")
    p.add_argument("--heartbeat-ms", type=int, default=41250, help="HELLO heartbeat_interval")
    p.add_argument("--interaction-deadline", type=float, default=3.0)
    p.add_argument("--lenient", action="store_true", help="record violations but do not answer them with 400")
    p.add_argument("--no-compression", action="store_true", help="never zlib-compress gateway frames")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    emu = DiscordEmulator(
        token=args.token,
        host=args.host,
        port=args.port,
        heartbeat_interval_ms=args.heartbeat_ms,
        interaction_deadline=args.interaction_deadline,
        reject_violations=not args.lenient,
        gateway_compression=not args.no_compression,
    )
    emu.control_api = True
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with emu:
        print(f"DISCORD_API_BASE={emu.api_base}", flush=True)
        print(f"DISCORD_GATEWAY_URL={emu.gateway_url}", flush=True)
        print(f"EMULATOR_CONTROL={emu.base_url}/_emulator/state", flush=True)
        await stop.wait()
        print(
            f"stopping; {len(emu.violations)} violation(s), {len(emu.unknown_requests)} unknown request(s)",
            file=sys.stderr,
            flush=True,
        )
        for v in emu.violations:
            print(f"  violation: {v}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> None:
    args = _parse(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
