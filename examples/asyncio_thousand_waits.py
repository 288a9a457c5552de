"""Overlap 1,000 waits of 0.1 s: asyncio tasks in one thread, then threads."""

import asyncio
import threading
import time

WAITS = 1000
DELAY = 0.1  # seconds each wait takes


async def wait_once(number):
    await asyncio.sleep(DELAY)  # stands in for a slow reply
    return number


async def main_async():
    # gather() wraps each coroutine in a Task and schedules them all now.
    everything = asyncio.gather(*(wait_once(n) for n in range(WAITS)))
    tasks_alive = len(asyncio.all_tasks())  # ours plus main_async's own
    threads_alive = threading.active_count()
    results = await asyncio.wait_for(everything, timeout=5)
    return results, tasks_alive, threads_alive


def wait_in_threads():
    threads = [
        threading.Thread(target=time.sleep, args=(DELAY,))
        for _ in range(WAITS)
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 5  # one limit for all the joins
    for thread in threads:
        thread.join(timeout=max(0, deadline - time.monotonic()))
    return sum(thread.is_alive() for thread in threads)


def main():
    start = time.perf_counter()
    results, tasks_alive, threads_alive = asyncio.run(main_async())
    asyncio_time = time.perf_counter() - start
    start = time.perf_counter()
    still_running = wait_in_threads()
    threads_time = time.perf_counter() - start
    print(f"{WAITS} waits of {DELAY} s each")
    print(f"one after another: {WAITS * DELAY:.0f} s")
    print(f"asyncio: {asyncio_time:.2f} s")
    print(f"threads: {threads_time:.2f} s")
    print(
        "both at least 20x faster than one after another:",
        max(asyncio_time, threads_time) * 20 < WAITS * DELAY,
    )
    print("asyncio results all back, in order:", results == list(range(WAITS)))
    print("asyncio tasks alive while waiting:", tasks_alive)
    print("asyncio threads in the process while waiting:", threads_alive)
    print("threads started for the thread version:", WAITS)
    print("threads still running at the end:", still_running)


if __name__ == "__main__":
    main()
