5,000 increments of each counter, in one child
both counters reached it: True
Value with get_lock\(\): +\d[\d,]* ops/s
Manager dict proxy: +\d[\d,]* ops/s
the proxy was \d[\d,]*x slower
