"""A class built at run time in __main__: spawn and forkserver lack it."""

import collections
import multiprocessing
import queue

DATA = "sensor,celsius\nkitchen,21.5\ncellar,12.0\n"


def worker(tasks):
    while True:
        try:
            reading = tasks.get(timeout=10)
        except queue.Empty:
            print("worker: no task within 10 seconds")
            return
        except AttributeError as exc:
            # Unpickling looks the class up by name in this process's
            # __main__ module, where main() never ran. (The message's
            # wording changed in 3.14, so only the type is printed.)
            print(f"worker: cannot rebuild a task: {type(exc).__name__}")
            continue
        if reading is None:
            return
        print(f"worker: {reading.sensor} is at {reading.celsius} C")


def main():
    global Reading  # a module-level name, so that pickle can find it
    header, *rows = DATA.splitlines()
    # The fields come from the data, so the class is made at run time.
    Reading = collections.namedtuple("Reading", header.split(","))
    print(f"{multiprocessing.get_start_method()}:")
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
