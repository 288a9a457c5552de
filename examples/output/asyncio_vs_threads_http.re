50 requests, each answered after 0\.1 s
one after another: at least 5\.0 s
asyncio:     \d+\.\d\d s
thread pool: \d+\.\d\d s
both at least 5x faster than one after another: True
same responses both ways: True
threads that ran the asyncio requests: 1
threads that ran the pool requests: 50
