"""Collect results from worker threads through a queue.Queue."""

import queue
import threading


def count_words(text, results):
    # the queue is thread-safe: any number of threads may put at once
    results.put((text, len(text.split())))


def main():
    texts = [
        "a queue hands results from thread to thread",
        "each result carries its input",
        "so order does not matter",
    ]
    results = queue.Queue()
    threads = [
        threading.Thread(target=count_words, args=(text, results))
        for text in texts
    ]
    for thread in threads:
        thread.start()
    # one get() per thread; the timeout turns a lost result into an error
    collected = [results.get(timeout=5) for _ in threads]
    for thread in threads:
        thread.join(timeout=5)
    for text, count in sorted(collected):  # threads finish in any order
        print(f"{count} words: {text!r}")


if __name__ == "__main__":
    main()
