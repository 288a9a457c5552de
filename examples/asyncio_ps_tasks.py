"""python -m asyncio ps PID (3.14): the tasks of a running asyncio process."""

import asyncio
import contextlib
import itertools
import multiprocessing
import subprocess
import sys


async def fetch(url):
    await asyncio.sleep(10)  # stands for a download that hangs


async def crawl(urls):
    async with asyncio.TaskGroup() as group:
        for url in urls:
            group.create_task(fetch(url), name=f"fetch {url}")


async def serve(ready):
    asyncio.current_task().set_name("serve")
    crawler = asyncio.create_task(crawl(["/a", "/b"]), name="crawler")
    await asyncio.sleep(0.1)  # every task has reached its first await
    ready.set()
    await crawler


def child(ready):
    # process.interrupt() below raises KeyboardInterrupt here.
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(ready))


def columns(table, names):
    """The named columns of the table `ps` prints, cut where headers start."""
    header, _, *rows = table.splitlines()
    starts = sorted(header.index(name) for name in HEADERS)
    end = dict(itertools.pairwise([*starts, None]))  # where the next starts
    wanted = [header.index(name) for name in names]
    return [[row[s : end[s]].strip() for s in wanted] for row in rows]


HEADERS = [
    "tid",
    "task id",
    "task name",
    "coroutine stack",
    "awaiter chain",
    "awaiter name",
    "awaiter id",
]


def main():
    ready = multiprocessing.Event()
    process = multiprocessing.Process(target=child, args=(ready,))
    process.start()
    try:
        if not ready.wait(timeout=10):
            raise SystemExit("the asyncio program did not start in 10 s")
        ps = subprocess.run(
            [sys.executable, "-m", "asyncio", "ps", str(process.pid)],
            capture_output=True,
            text=True,
            timeout=10,
        )
        print("exit status of python -m asyncio ps:", ps.returncode)
        rows = columns(
            ps.stdout, ["task name", "coroutine stack", "awaiter name"]
        )
        for name, stack, awaiter in sorted(rows):
            print(f"{name:10} {stack:50} awaited by {awaiter or '-'}")
    finally:
        process.interrupt()  # KeyboardInterrupt: asyncio.run cancels all
        process.join(timeout=10)
    print("child exit code:", process.exitcode)


if __name__ == "__main__":
    main()
