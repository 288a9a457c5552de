"""A bounded pool runs every task under the same memory limit."""

import contextlib
import resource
import threading
import time
from concurrent.futures import ThreadPoolExecutor

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


def handle(request):
    time.sleep(0.005)  # a slow network call, say
    return threading.current_thread().name


def main():
    # Four threads, reused: the stacks reserved stay at four.
    with (
        address_space_limit(ROOM),
        ThreadPoolExecutor(max_workers=4) as executor,
    ):
        names = list(executor.map(handle, range(TASKS), timeout=30))
    print("tasks done:", len(names), "of", TASKS)
    print("threads that ran them, at most 4:", len(set(names)) <= 4)


if __name__ == "__main__":
    main()
