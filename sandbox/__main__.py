"""``python -m sandbox [--port N]``: run the Terrascope sandbox in the foreground."""

from __future__ import annotations

import argparse
import signal
import threading

from .server import Sandbox


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="loopback port (default: a free one)")
    parser.add_argument("--access-token-lifetime", type=int, default=None, help="seconds (default 300)")
    args = parser.parse_args()

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with Sandbox(port=args.port) as sandbox:
        if args.access_token_lifetime:
            sandbox.ctx.access_token_lifetime = args.access_token_lifetime
        print(f"TERRASCOPE_SANDBOX={sandbox.base_url}", flush=True)
        print("Demo account: demo / demo. Ctrl+C stops.", flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
