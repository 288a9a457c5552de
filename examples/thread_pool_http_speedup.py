"""Fetch from a slow local HTTP server one by one, then in a thread pool."""

import contextlib
import functools
import http.server
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

REQUESTS = 16
DELAY = 0.05  # seconds the server takes to answer each request
TIMINGS = 3  # each way is timed this often; the fastest is kept


class SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(DELAY)  # stands in for a slow disk, database or network
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # the default logs every request to stderr


class SlowServer(http.server.ThreadingHTTPServer):
    daemon_threads = False  # so server_close() waits for handler threads
    request_queue_size = REQUESTS  # room for every connection at once


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


def fetch(opener, url):
    with opener.open(url, timeout=5) as response:
        return response.read().decode()


def fastest(function, *args):
    """Call function(*args) TIMINGS times; return its result and its fastest
    time. Other work on the machine can only slow a run down, so the fastest
    is the least disturbed."""
    best = float("inf")
    for _ in range(TIMINGS):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return result, best


def fetch_serially(fetch_one, urls):
    return [fetch_one(url) for url in urls]


def fetch_in_threads(fetch_one, urls):
    with ThreadPoolExecutor(max_workers=len(urls)) as executor:
        return list(executor.map(fetch_one, urls, timeout=5))


def main():
    # No proxies: an HTTP_PROXY setting must not take 127.0.0.1 requests.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    fetch_one = functools.partial(fetch, opener)
    with running_server() as port:
        urls = [f"http://127.0.0.1:{port}/{n}" for n in range(REQUESTS)]
        serial, serial_time = fastest(fetch_serially, fetch_one, urls)
        threaded, threaded_time = fastest(fetch_in_threads, fetch_one, urls)
    speedup = serial_time / threaded_time
    print(f"{REQUESTS} requests, each answered after {DELAY} s")
    print(f"serial:   {serial_time:.2f} s")
    print(f"threaded: {threaded_time:.2f} s")
    print(f"speedup:  {speedup:.1f}x")
    print("threads at least 3x faster:", speedup >= 3)
    print("same responses both ways:", serial == threaded)


if __name__ == "__main__":
    main()
