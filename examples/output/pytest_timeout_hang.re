pytest exited with status 1
test_after_the_hang ran: False
Stack of (A->B|B->A) \(\d+\)
  File "examples/pytest_timeout_hang\.py", line 16, in transfer
    with second:  # the other thread holds it, and waits for `first`
Stack of (A->B|B->A) \(\d+\)
  File "examples/pytest_timeout_hang\.py", line 16, in transfer
    with second:  # the other thread holds it, and waits for `first`
Stack of MainThread \(\d+\)
  File "examples/pytest_timeout_hang\.py", line 35, in test_two_transfers_finish
    thread\.join\(\)  # no timeout here: the marker is the limit
