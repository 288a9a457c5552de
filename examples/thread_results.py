"""Run one thread per input and collect each result in the main thread."""

import threading


def count_words(text, results, index):
    results[index] = len(text.split())  # each thread writes only its own slot


def main():
    texts = [
        "threads share memory",
        "so results can be written in place",
        "one slot each",
    ]
    results = [None] * len(texts)
    threads = [
        threading.Thread(target=count_words, args=(text, results, index))
        for index, text in enumerate(texts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    for text, count in zip(texts, results, strict=True):
        print(f"{count} words: {text!r}")


if __name__ == "__main__":
    main()
