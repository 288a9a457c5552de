"""Several threads update one shared dict; a Lock keeps every update whole."""

import threading

WORDS = ["apple", "pear", "plum"] * 1000  # each thread counts this list


def count(words, counts, lock):
    for word in words:
        # Reading the old count and storing the new one must happen as one
        # step: without the lock, two threads could read the same old count
        # and one increment would be lost.
        with lock:
            counts[word] = counts.get(word, 0) + 1


def main():
    counts = {}
    lock = threading.Lock()
    threads = [
        threading.Thread(target=count, args=(WORDS, counts, lock))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    for word in sorted(counts):
        print(f"{word}: {counts[word]}")
    print("total:", sum(counts.values()), "expected:", 4 * len(WORDS))


if __name__ == "__main__":
    main()
