"""Children attach to a SharedMemory block by name and fill their slices."""

import multiprocessing
from multiprocessing import shared_memory

WORKERS = 3
PER_WORKER = 4  # numbers each child writes
ITEM_SIZE = 8  # bytes in one signed 64-bit integer, typecode "q"


def fill_squares(name, index):
    block = shared_memory.SharedMemory(name=name)  # attach, don't create
    try:
        # A view of the bytes as 64-bit ints. Release it before close():
        # close() raises BufferError while a view of the block exists.
        with block.buf.cast("q") as numbers:
            first = index * PER_WORKER
            for i in range(first, first + PER_WORKER):
                numbers[i] = i * i  # this child's slice only
    finally:
        block.close()  # detach this process; only the creator unlinks


def main():
    size = WORKERS * PER_WORKER * ITEM_SIZE
    block = shared_memory.SharedMemory(create=True, size=size)
    try:
        workers = [
            multiprocessing.Process(
                target=fill_squares, args=(block.name, index)
            )
            for index in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=10)
            if worker.exitcode != 0:
                raise SystemExit(f"{worker.name} ended with {worker.exitcode}")
        with block.buf[:size].cast("q") as numbers:
            print("squares written by the children:", numbers.tolist())
    finally:
        block.close()
        block.unlink()  # exactly once, by the creator, after every child


if __name__ == "__main__":
    main()
