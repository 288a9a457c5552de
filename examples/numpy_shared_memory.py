"""Worker processes fill rows of a NumPy array kept in a SharedMemory block."""

import multiprocessing
from multiprocessing import shared_memory

import numpy as np

ROWS = 4  # one worker process per row
COLUMNS = 1_000_000
DTYPE = np.int64


def fill_row(name, row):
    block = shared_memory.SharedMemory(name=name)  # attach by name
    try:
        # An array over the block's bytes: no copy, writes land in the block.
        table = np.frombuffer(block.buf, dtype=DTYPE).reshape(ROWS, COLUMNS)
        table[row] = np.arange(COLUMNS) * (row + 1)  # this row only
        del table  # the last view: close() raises BufferError while it lives
    finally:
        block.close()  # detach this process; only the creator unlinks


def main():
    size = ROWS * COLUMNS * np.dtype(DTYPE).itemsize
    block = shared_memory.SharedMemory(create=True, size=size)
    try:
        table = np.frombuffer(block.buf, dtype=DTYPE).reshape(ROWS, COLUMNS)
        workers = [
            multiprocessing.Process(target=fill_row, args=(block.name, row))
            for row in range(ROWS)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=20)
            if worker.exitcode != 0:
                raise SystemExit(f"{worker.name} ended with {worker.exitcode}")
        print(f"{table.nbytes // 2**20} MiB shared, {ROWS} workers")
        print("row sums:", table.sum(axis=1).tolist())
        expected = np.arange(COLUMNS) * np.arange(1, ROWS + 1)[:, None]
        print("same as computed here:", np.array_equal(table, expected))
        del table  # drop the parent's view too, before close()
    finally:
        block.close()
        block.unlink()  # exactly once, by the creator, after every worker


if __name__ == "__main__":
    main()
