"""Close a SharedMemory block while a view of its array lives: BufferError."""

from multiprocessing import shared_memory

import numpy as np


def main():
    block = shared_memory.SharedMemory(create=True, size=8 * 1000)
    try:
        # frombuffer holds an export on the block while the array lives.
        table = np.frombuffer(block.buf, dtype=np.int64).reshape(10, 100)
        table[:] = np.arange(100)
        first_row = table[0]  # a slice is a view of the block, not a copy
        del table  # not enough: first_row still uses the block
        try:
            block.close()
        except BufferError as error:
            print(f"BufferError: {error}")
        print("first_row still readable:", first_row[:5].tolist())
        del first_row  # the last view gone, close() succeeds
    finally:
        block.close()
        block.unlink()
    print("closed and unlinked")


if __name__ == "__main__":
    main()
