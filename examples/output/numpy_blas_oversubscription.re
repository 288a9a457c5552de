2 worker processes, logical CPUs: \d+
 default: BLAS per worker \[\('\w+', \d+\)\], \d+\.\d\d s
 limit 1: BLAS per worker \[\('\w+', 1\)\], \d+\.\d\d s
limited is \d+\.\d\dx as fast as default
same results both ways: True
