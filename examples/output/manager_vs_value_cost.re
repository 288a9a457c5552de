5,000 increments of each counter, in one child
both counters reached it: True
Value with get_lock\(\): +\d{1,3}(?:,\d{3})* ops/s
Manager dict proxy: +\d{1,3}(?:,\d{3})* ops/s
the proxy was \d{1,3}(?:,\d{3})*x slower
