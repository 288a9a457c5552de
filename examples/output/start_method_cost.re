median of 5 starts and joins, in milliseconds:
    thread: +\d+\.\d\d
      fork: +\d+\.\d\d
forkserver: +\d+\.\d\d
     spawn: +\d+\.\d\d
first forkserver process, server start included: \d+\.\d\d
