"""A lambda as a Process target: fine under fork, refused under spawn."""

import multiprocessing
import pickle


def main():
    method = multiprocessing.get_start_method()
    process = multiprocessing.Process(target=lambda: print("the lambda ran"))
    try:
        # spawn and forkserver pickle the Process object, target included,
        # to send it to the new interpreter; fork copies memory instead.
        process.start()
    except (AttributeError, pickle.PicklingError) as exc:
        message = str(exc).replace("Can't get", "Can't pickle")  # 3.13
        print(f"{method}: start() raised {type(exc).__name__}: {message}")
        return
    process.join(timeout=10)
    print(f"{method}: the child exited with code {process.exitcode}")


if __name__ == "__main__":
    main()
