"""Memory a thread costs, and a process under each start method (Linux)."""

import multiprocessing
import threading


def private_mib():
    """This process's private memory (not shared with any other), in MiB."""
    with open("/proc/self/smaps_rollup") as smaps:
        fields = dict(line.split(":", 1) for line in smaps if ":" in line)
    kib = sum(
        int(fields[k].split()[0]) for k in ("Private_Clean", "Private_Dirty")
    )
    return kib / 1024


def report(results):
    results.put(private_mib())


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
    before = private_mib()
    threads = [
        threading.Thread(target=stop.wait, args=(30,)) for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    after = private_mib()
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    return (after - before) / count


def main():
    print(f"thread:               {thread_cost():6.2f} MiB private")
    for method in ("fork", "forkserver", "spawn"):
        label = f"process ({method}):"
        print(f"{label:22}{process_cost(method):6.2f} MiB private")


if __name__ == "__main__":
    main()
