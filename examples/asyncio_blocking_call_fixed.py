"""Run a blocking call in a thread so the event loop keeps going (fixed)."""

import asyncio
import itertools
import time

TICK = 0.05  # seconds between heartbeats
SLOW = 0.5  # seconds the slow call takes


def slow_lookup():
    time.sleep(SLOW)  # a blocking call: a sync library, a file, a CPU loop
    return "answer"


async def heartbeat(beats, stop):
    """Record the time of each beat, as often as the loop lets us."""
    while not stop.is_set():
        beats.append(time.monotonic())
        await asyncio.sleep(TICK)


async def handler():
    started = time.monotonic()
    # FIXED: a worker thread blocks; this task awaits it like any other I/O.
    answer = await asyncio.to_thread(slow_lookup)
    return answer, started, time.monotonic()


async def main_async():
    beats, stop = [], asyncio.Event()
    beating = asyncio.create_task(heartbeat(beats, stop))
    await asyncio.sleep(0.2)  # let the heartbeat run for a while first
    answer, started, finished = await asyncio.wait_for(handler(), timeout=5)
    await asyncio.sleep(0.2)
    stop.set()
    await asyncio.wait_for(beating, timeout=1)
    during = [t for t in beats if started < t < finished]
    longest_gap = max(b - a for a, b in itertools.pairwise(beats))
    return answer, during, longest_gap >= finished - started


def main():
    answer, during, stalled = asyncio.run(main_async())
    print("the slow call returned:", answer)
    print("heartbeats while it ran: at least 2:", len(during) >= 2)
    print("heartbeat stalled for the whole call:", stalled)


if __name__ == "__main__":
    main()
