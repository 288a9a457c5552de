thread: +\d{1,3}(?:,\d{3})* KiB private
process \(fork\): +\d{1,3}(?:,\d{3})* KiB private
process \(forkserver\): +\d{1,3}(?:,\d{3})* KiB private
process \(spawn\): +\d{1,3}(?:,\d{3})* KiB private
