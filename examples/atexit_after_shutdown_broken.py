"""An event loop in a thread that outlives main() needs an executor late."""

import asyncio
import threading


async def work():
    return await asyncio.to_thread(abs, -1)  # asyncio's default executor


def run_loop():
    # Stands for a loop that outlasts main(): wait until the main thread
    # has ended, when the interpreter has begun to shut down.
    threading.main_thread().join(timeout=10)
    try:
        print("result:", asyncio.run(work()))
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        if cause := error.__cause__:  # 3.15 imports the executor lazily
            print(f"  caused by {type(cause).__name__}: {cause}")


def main():
    threading.Thread(target=run_loop).start()
    # main() returns while the thread still runs: nothing joins it.


if __name__ == "__main__":
    main()
