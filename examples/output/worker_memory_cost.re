thread: +-?\d+\.\d\d MiB private
process \(fork\): +\d+\.\d\d MiB private
process \(forkserver\): +\d+\.\d\d MiB private
process \(spawn\): +\d+\.\d\d MiB private
