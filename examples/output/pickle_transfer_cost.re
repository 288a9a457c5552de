payload               pickled    transfer    MB/s  dumps\+loads
bytes\(1_000\)              1 KB +\d+\.\d{4} ms +\d{1,3}(?:,\d{3})* +\d+\.\d{4} ms
bytes\(100_000\)          100 KB +\d+\.\d{4} ms +\d{1,3}(?:,\d{3})* +\d+\.\d{4} ms
bytes\(1_000_000\)      1,000 KB +\d+\.\d{4} ms +\d{1,3}(?:,\d{3})* +\d+\.\d{4} ms
bytes\(10_000_000\)    10,000 KB +\d+\.\d{4} ms +\d{1,3}(?:,\d{3})* +\d+\.\d{4} ms
list\(range\(200_000\)\)    869 KB +\d+\.\d{4} ms +\d{1,3}(?:,\d{3})* +\d+\.\d{4} ms
