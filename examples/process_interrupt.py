"""Process.interrupt() (3.14): SIGINT, so the child can clean up."""

import multiprocessing
import time


def work(started, cleaned_up):
    try:
        started.set()
        time.sleep(10)  # stands for work that never looks for a stop request
    except KeyboardInterrupt:
        print("child: KeyboardInterrupt, stopping", flush=True)
        return  # a normal return: exit code 0
    finally:
        cleaned_up.set()  # release resources here


def stop_with(method):
    started = multiprocessing.Event()
    cleaned_up = multiprocessing.Event()
    process = multiprocessing.Process(target=work, args=(started, cleaned_up))
    process.start()
    started.wait(timeout=10)  # so the signal hits a running target
    getattr(process, method)()
    process.join(timeout=10)
    print(
        f"{method}(): exitcode {process.exitcode},",
        "finally ran:",
        cleaned_up.is_set(),
    )


def main():
    stop_with("interrupt")  # SIGINT: KeyboardInterrupt in the child
    stop_with("terminate")  # SIGTERM: the child just ends


if __name__ == "__main__":
    main()
