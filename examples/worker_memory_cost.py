"""Memory a thread costs, and a process under each start method (Linux)."""

import multiprocessing
import threading


def private_kib():
    """Memory this process has written and shares with no other, in KiB.

    Private clean pages are left out: they are pages of files (the
    interpreter's code) that count as private only while no other process
    maps them, so they come and go as other programs start and stop.
    """
    with open("/proc/self/smaps_rollup") as smaps:
        fields = dict(line.split(":", 1) for line in smaps if ":" in line)
    return int(fields["Private_Dirty"].split()[0])


def report(results):
    results.put(private_kib())


def process_cost(method):
    """Private memory of one idle child process started with `method`."""
    context = multiprocessing.get_context(method)
    results = context.Queue()
    child = context.Process(target=report, args=(results,))
    child.start()
    cost = results.get(timeout=30)
    child.join(timeout=30)
    return cost


def thread_cost(count=20):
    """Private memory this process gains per idle thread, averaged."""
    stop = threading.Event()
    before = private_kib()
    threads = [
        threading.Thread(target=stop.wait, args=(30,)) for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    after = private_kib()
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    # Should the allocator hand back more than the threads took in between,
    # the difference says nothing about threads: count it as no cost.
    return max(after - before, 0) / count


def main():
    print(f"thread:               {thread_cost():7,.0f} KiB private")
    for method in ("fork", "forkserver", "spawn"):
        label = f"process ({method}):"
        print(f"{label:22}{process_cost(method):7,.0f} KiB private")


if __name__ == "__main__":
    main()
