2 jobs of each kind, logical CPUs: \d+
numpy_sort   1 thread: +\d+ ms, 2 threads: +\d+ ms, speedup \d+\.\d\dx
python_loop  1 thread: +\d+ ms, 2 threads: +\d+ ms, speedup \d+\.\d\dx
