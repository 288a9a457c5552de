"""A worker closes its SharedMemory block while an ndarray uses it: a crash."""

import multiprocessing
import signal
from multiprocessing import shared_memory

import numpy as np

COLUMNS = 1_000_000


def sum_after_close(name):
    block = shared_memory.SharedMemory(name=name)
    numbers = np.ndarray((COLUMNS,), dtype=np.int64, buffer=block.buf)
    block.close()  # succeeds: np.ndarray(buffer=...) holds no export
    print("sum:", numbers.sum())  # reads unmapped memory


def main():
    block = shared_memory.SharedMemory(create=True, size=COLUMNS * 8)
    try:
        worker = multiprocessing.Process(
            target=sum_after_close, args=(block.name,)
        )
        worker.start()
        worker.join(timeout=20)
        code = worker.exitcode
        if code is not None and code < 0:
            print(f"worker killed by {signal.Signals(-code).name}")
        else:
            print(f"worker exit code: {code}")
    finally:
        block.close()
        block.unlink()


if __name__ == "__main__":
    main()
