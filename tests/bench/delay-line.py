#!/usr/bin/env python3
# delay-line.py - a TCP relay that holds every byte DELAY_MS in each direction, pipelined (bytes
# keep flowing while earlier ones wait), so that a link behaves as if it had 2 x DELAY_MS of
# round-trip time. run-bench.sh runs it inside the test host's network namespace, where an
# iptables REDIRECT sends port 22 to it (the kernel here has no sch_netem for `tc ... netem`):
# both clients still connect to TH_HOST:22 and see the same host key.
#
# Usage: delay-line.py LISTEN_PORT TARGET_HOST TARGET_PORT DELAY_MS
import asyncio
import sys
import time


async def relay(reader, writer, delay):
    queue = asyncio.Queue()

    async def receive():
        while True:
            data = await reader.read(65536)
            await queue.put((time.monotonic() + delay, data))
            if not data:
                return

    async def send():
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                try:
                    writer.write_eof()
                except OSError:
                    pass
                return
            writer.write(data)
            await writer.drain()

    try:
        await asyncio.gather(receive(), send())
    except (ConnectionError, OSError):
        pass


async def main():
    listen_port, host, port, delay_ms = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    delay = delay_ms / 1000.0

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(host, port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(relay(client_reader, server_writer, delay),
                             relay(server_reader, client_writer, delay))
        client_writer.close()
        server_writer.close()

    server = await asyncio.start_server(handle, "0.0.0.0", listen_port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit("usage: delay-line.py LISTEN_PORT TARGET_HOST TARGET_PORT DELAY_MS")
    asyncio.run(main())
