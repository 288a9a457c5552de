16 requests, each answered after 0\.05 s
serial:   \d+\.\d\d s
threaded: \d+\.\d\d s
speedup:  \d+\.\dx
threads at least 3x faster: True
same responses both ways: True
