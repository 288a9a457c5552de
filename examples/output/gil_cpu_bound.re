2 jobs of 1,000,000 loop steps each, logical CPUs: \d+
serial:      +\d+ ms
2 threads:   +\d+ ms, speedup \d+\.\d\dx
2 processes: +\d+ ms, speedup \d+\.\d\dx
same results all three ways: True
