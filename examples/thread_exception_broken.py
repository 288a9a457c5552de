"""Show that an exception in a thread is printed, not raised in the caller."""

import threading


def parse(text):
    return int(text)  # raises ValueError; the return value is lost anyway


def main():
    thread = threading.Thread(target=parse, args=("forty-two",), name="parser")
    thread.start()
    thread.join(timeout=5)  # returns normally: join() never re-raises
    print("join() returned; parser alive:", thread.is_alive())
    print("main() goes on as if nothing happened")


if __name__ == "__main__":
    main()
