"""Fetch from a slow local HTTP server with asyncio and with a thread pool."""

import asyncio
import contextlib
import http.server
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

REQUESTS = 50
DELAY = 0.1  # seconds the server takes to answer each request
# The server answers once all the requests are waiting, so every run has all
# 50 waits at once, however busy the machine (and no pool thread is reused).
ALL_WAITING = threading.Barrier(REQUESTS)


class SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ALL_WAITING.wait(timeout=5)
        time.sleep(DELAY)  # stands in for a slow database or service
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # the default logs every request to stderr


class SlowServer(http.server.ThreadingHTTPServer):
    daemon_threads = False  # so server_close() waits for handler threads
    request_queue_size = 2 * REQUESTS  # room for every connection at once


@contextlib.contextmanager
def running_server():
    server = SlowServer(("127.0.0.1", 0), SlowHandler)  # 0: any free port
    serving = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}
    )
    serving.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()  # returns once serve_forever() has stopped
        server.server_close()
        serving.join(timeout=5)


def request_bytes(path):
    return f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode()


def body_of(response):
    return response.split(b"\r\n\r\n", 1)[1].decode()


def fetch_blocking(port, path):
    """Plain sockets: the calling thread waits inside recv()."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(request_bytes(path))
        chunks = []
        while chunk := sock.recv(4096):  # b"" when the server closes
            chunks.append(chunk)
    return body_of(b"".join(chunks)), threading.current_thread().name


async def fetch_async(port, path):
    """The same steps; each wait is an await that lets other tasks run."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request_bytes(path))
        await writer.drain()
        response = await reader.read()  # everything, up to end of stream
    finally:
        writer.close()
        await writer.wait_closed()
    return body_of(response), threading.current_thread().name


async def fetch_all_async(port, paths):
    # wait_for gives each request a deadline (asyncio.timeout needs 3.11).
    requests = [asyncio.wait_for(fetch_async(port, p), 5) for p in paths]
    return await asyncio.gather(*requests)


def fetch_all_in_threads(port, paths):
    with ThreadPoolExecutor(max_workers=len(paths)) as executor:
        calls = executor.map(
            fetch_blocking, [port] * len(paths), paths, timeout=5
        )
        return list(calls)


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def main():
    paths = [f"/{n}" for n in range(REQUESTS)]
    with running_server() as port:
        in_asyncio, asyncio_time = timed(
            asyncio.run, fetch_all_async(port, paths)
        )
        in_threads, threads_time = timed(fetch_all_in_threads, port, paths)
    serial_time = REQUESTS * DELAY
    print(f"{REQUESTS} requests, each answered after {DELAY} s")
    print(f"one after another: at least {serial_time:.1f} s")
    print(f"asyncio:     {asyncio_time:.2f} s")
    print(f"thread pool: {threads_time:.2f} s")
    print(
        "both at least 5x faster than one after another:",
        max(asyncio_time, threads_time) * 5 < serial_time,
    )
    print(
        "same responses both ways:",
        [body for body, _ in in_asyncio] == [b for b, _ in in_threads],
    )
    print(
        "threads that ran the asyncio requests:",
        len({name for _, name in in_asyncio}),
    )
    print(
        "threads that ran the pool requests:",
        len({name for _, name in in_threads}),
    )


if __name__ == "__main__":
    main()
