2 jobs, each hashing 128 MiB with SHA-256, logical CPUs: \d+
serial:    +\d+ ms
2 threads: +\d+ ms, speedup \d+\.\d\dx
same digests both ways: True
