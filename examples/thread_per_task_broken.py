"""One thread per task, under a memory limit: "can't start new thread"."""

import contextlib
import resource
import threading

MIB = 1024 * 1024
STACK_SIZE = 64 * MIB  # address space each new thread reserves for its stack
TASKS = 100
# Room for some thread stacks, plus 32 MiB so the rest of the program
# still has memory when no further stack fits.
ROOM = 16 * STACK_SIZE + 32 * MIB


@contextlib.contextmanager
def address_space_limit(room):
    """Let this process reserve only `room` more bytes, as a small VM would."""
    with open("/proc/self/status") as status:  # Linux
        vm_size = next(line for line in status if line.startswith("VmSize:"))
    in_use = int(vm_size.split()[1]) * 1024  # the kernel counts in KiB
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    old_stack_size = threading.stack_size(STACK_SIZE)
    resource.setrlimit(resource.RLIMIT_AS, (in_use + room, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        threading.stack_size(old_stack_size)


def handle(request, reply_arrived):
    reply_arrived.wait(timeout=10)  # a slow network call, say


def main():
    reply_arrived = threading.Event()
    threads = []
    with address_space_limit(ROOM):
        try:
            for request in range(TASKS):
                thread = threading.Thread(
                    target=handle, args=(request, reply_arrived)
                )
                thread.start()  # each running thread holds its stack
                threads.append(thread)
        except RuntimeError as exc:
            print(f"{type(exc).__name__}: {exc}")
        print(f"all {TASKS} tasks got a thread:", len(threads) == TASKS)
        reply_arrived.set()
        for thread in threads:
            thread.join(timeout=10)


if __name__ == "__main__":
    main()
