"""An exception raised in a pool task is re-raised in the caller."""

from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)  # raises ValueError for text that is not a number


def main():
    with ThreadPoolExecutor(max_workers=2) as executor:
        future = executor.submit(parse, "forty-two")
        try:
            future.result(timeout=5)
        except ValueError as error:
            print(f"result() raised {type(error).__name__}: {error}")

        texts = ["1", "2", "three", "4"]
        results = executor.map(parse, texts, timeout=5)
        try:
            for text, number in zip(texts, results, strict=True):
                print(f"map gave {number} for {text!r}")
        except ValueError as error:
            print(f"map raised {type(error).__name__}: {error}")
        # After an exception the iterator is finished: "4" is never reached.
        print("Iterator exhausted:", next(results, None) is None)

        # Nobody calls result() here: the exception is stored, not printed.
        unread = executor.submit(parse, "")
    stored = unread.exception(timeout=5)
    print(f"Kept in the unread future: {type(stored).__name__}: {stored}")


if __name__ == "__main__":
    main()
