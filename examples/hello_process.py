"""The source article's process example, fixed: main() behind the guard."""

import multiprocessing


def my_function():
    print("Hello from process")


def main():
    process = multiprocessing.Process(target=my_function)
    process.start()
    process.join(timeout=10)
    if process.is_alive():
        process.terminate()
        process.join()
        raise SystemExit("the process did not finish within 10 seconds")
    print("Exit code:", process.exitcode)  # 0 means it returned normally


if __name__ == "__main__":
    main()
