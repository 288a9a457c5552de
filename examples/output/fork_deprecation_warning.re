multiprocessing, fork:
  Python 3\.1[0-3]: no warning
multiprocessing, fork, python -W default:
  (Python 3\.1[01]: no warning|Python 3\.1[23]: DeprecationWarning: This process \(pid=N\) is multi-threaded, use of fork\(\) may lead to deadlocks in the child\.)
os\.fork\(\) in __main__:
  (Python 3\.1[01]: no warning|Python 3\.1[23]: DeprecationWarning: This process \(pid=N\) is multi-threaded, use of fork\(\) may lead to deadlocks in the child\.)
multiprocessing, forkserver, python -W default:
  Python 3\.1[0-3]: no warning
