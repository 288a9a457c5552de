2 threads each added 1 to the counter 1,000,000 times
expected: 2,000,000
actual:   \d{1,3}(,\d{3})*
lost:     \d{1,3}(,\d{3})*
