"""Log from several processes through one queue to the parent's handler."""

import io
import logging
import logging.handlers
import multiprocessing


def worker(log_queue, steps):
    # Send every record of this process to the queue, and nowhere else:
    # under fork, the parent's handlers would be inherited and used too.
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(log_queue)]
    root.setLevel(logging.INFO)
    for step in range(1, steps + 1):
        logging.info("step %d of %d", step, steps)


def main():
    log_queue = multiprocessing.Queue()
    # One handler in the parent does all the writing. It writes to a buffer
    # here so the program can print it sorted; use a FileHandler or stderr.
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(processName)s: %(message)s"))
    workers = [
        multiprocessing.Process(
            target=worker, args=(log_queue, 2), name=f"worker-{number}"
        )
        for number in (1, 2, 3)
    ]
    for process in workers:
        process.start()
    # The listener is a thread that takes records off the queue and hands
    # them to the handler. Started after the workers, so that under fork
    # no process is forked while this one has a second thread.
    listener = logging.handlers.QueueListener(log_queue, handler)
    listener.start()
    for process in workers:
        process.join(timeout=10)
    listener.stop()  # handles the records still queued, then ends the thread
    log_queue.close()
    log_queue.join_thread()
    # Processes interleave at random; each one's records stay in order, so
    # a stable sort by process name gives the same output on every run.
    lines = buffer.getvalue().splitlines()
    for line in sorted(lines, key=lambda text: text.split(":")[0]):
        print(line)


if __name__ == "__main__":
    main()
