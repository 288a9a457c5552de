"""Define the classes that cross between processes at module top level."""

import collections
import multiprocessing
import queue

DATA = "sensor,celsius\nkitchen,21.5\ncellar,12.0\n"
# Made at import time, so every process that imports the module has it.
Reading = collections.namedtuple("Reading", ["sensor", "celsius"])


def worker(tasks):
    while True:
        try:
            reading = tasks.get(timeout=10)
        except queue.Empty:
            print("worker: no task within 10 seconds")
            return
        if reading is None:
            return
        print(f"worker: {reading.sensor} is at {reading.celsius} C")


def main():
    header, *rows = DATA.splitlines()
    if header.split(",") != list(Reading._fields):
        raise SystemExit(f"unexpected columns: {header}")
    tasks = multiprocessing.Queue()
    child = multiprocessing.Process(target=worker, args=(tasks,))
    child.start()
    for row in rows:
        sensor, celsius = row.split(",")
        tasks.put(Reading(sensor, float(celsius)))
    tasks.put(None)  # no more tasks
    child.join(timeout=10)
    tasks.close()  # this process puts nothing more
    tasks.join_thread()  # its feeder thread has handed everything over


if __name__ == "__main__":
    main()
