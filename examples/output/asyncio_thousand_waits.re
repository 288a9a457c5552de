1000 waits of 0\.1 s each
one after another: 100 s
asyncio: \d+\.\d\d s
threads: \d+\.\d\d s
both at least 20x faster than one after another: True
asyncio results all back, in order: True
asyncio tasks alive while waiting: 1001
asyncio threads in the process while waiting: 1
threads started for the thread version: 1000
threads still running at the end: 0
