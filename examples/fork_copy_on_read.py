"""Forked children that only read the parent's objects still copy them (Linux).

A child reads /proc/self/smaps_rollup, which only Linux has. The program
uses the fork start method on purpose, whatever the default: under spawn and
forkserver a child shares no objects with the parent at all.
"""

import gc
import multiprocessing

FORK = multiprocessing.get_context("fork")


def private_mib():
    """Memory this process has written and shares with no other, in MiB."""
    with open("/proc/self/smaps_rollup") as smaps:
        fields = dict(line.split(":", 1) for line in smaps if ":" in line)
    return int(fields["Private_Dirty"].split()[0]) / 1024


def nothing(rows):
    pass


def read_rows(rows):
    # Only reads, yet each step writes the row's reference count.
    return sum(len(row) for row in rows)


def collect(rows):
    gc.collect()  # a full collection visits every object it tracks


def child(work, rows, results):
    before = private_mib()
    work(rows)
    results.send(private_mib() - before)


def copied_mib(work, rows):
    """MiB a forked child copies from the parent while it runs work()."""
    receiver, sender = FORK.Pipe(duplex=False)
    # Under fork the child gets rows as they are in memory, not pickled.
    process = FORK.Process(target=child, args=(work, rows, sender))
    process.start()
    sender.close()
    try:
        if not receiver.poll(30):
            raise TimeoutError("no answer from the child within 30 seconds")
        return receiver.recv()
    finally:
        receiver.close()
        process.join(timeout=30)


def main():
    empty = private_mib()
    rows = [[n] for n in range(1_000_000)]  # a million small lists
    size = private_mib() - empty
    print(f"the parent holds {len(rows):,} lists: {size:.1f} MiB")
    works = (nothing, read_rows, collect)
    plain = [copied_mib(work, rows) for work in works]
    gc.freeze()  # move every object the collector tracks out of its reach
    frozen = [copied_mib(work, rows) for work in works]
    gc.unfreeze()
    print("MiB each forked child copied while it ran:")
    print(f"{'the child ran':14}{'no freeze':>12}{'gc.freeze()':>14}")
    for work, plain_mib, frozen_mib in zip(works, plain, frozen, strict=True):
        print(f"{work.__name__ + '()':14}{plain_mib:12.1f}{frozen_mib:14.1f}")


if __name__ == "__main__":
    main()
