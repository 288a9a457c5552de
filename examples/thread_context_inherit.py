"""Thread(context=...) (3.14): which context variables a new thread sees."""

import contextvars
import sys
import threading

request_id = contextvars.ContextVar("request_id", default="none")


def report(label, seen):
    seen[label] = request_id.get()
    request_id.set("changed in the thread")  # stays in the thread's context


def run(label, seen, **context):
    thread = threading.Thread(target=report, args=(label, seen), **context)
    thread.start()
    thread.join(timeout=5)
    if thread.is_alive():
        raise SystemExit(f"{label}: the thread did not finish in 5 s")


def main():
    request_id.set("req-42")
    seen = {}
    run("default", seen)  # decided by sys.flags.thread_inherit_context
    run("context=copy_context()", seen, context=contextvars.copy_context())
    run("context=Context()", seen, context=contextvars.Context())
    print(
        "sys.flags.thread_inherit_context:", sys.flags.thread_inherit_context
    )
    for label, value in seen.items():
        print(f"{label:24} the thread saw {value!r}")
    print("the main thread still has", repr(request_id.get()))


if __name__ == "__main__":
    main()
