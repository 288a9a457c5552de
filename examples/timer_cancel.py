"""threading.Timer runs a function after a delay, unless cancelled first."""

import threading


def remind(text, log):
    log.append(text)


def main():
    log = []
    soon = threading.Timer(0.1, remind, args=("soon", log))
    later = threading.Timer(5, remind, args=("later", log))
    soon.start()
    later.start()
    later.cancel()  # it is still waiting, so remind() will never run
    for timer in (soon, later):
        timer.join(timeout=5)  # a cancelled timer's thread ends at once
        if timer.is_alive():
            raise SystemExit("a timer did not end within 5 seconds")
    print("timers that ran:", log)


if __name__ == "__main__":
    main()
