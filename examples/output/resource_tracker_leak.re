semaphore, process killed:
  (Python 3\.1[0-2]: resource_tracker: There appear to be 1 leaked semaphore objects to clean up at shutdown|Python 3\.13: resource_tracker: There appear to be 1 leaked semaphore objects to clean up at shutdown: \{'/mp-\w+'\})
semaphore, normal exit:
  no warning
shared memory, never unlinked:
  (Python 3\.1[0-2]: resource_tracker: There appear to be 1 leaked shared_memory objects to clean up at shutdown|Python 3\.13: resource_tracker: There appear to be 1 leaked shared_memory objects to clean up at shutdown: \{'/psm_\w+'\})
shared memory, unlinked:
  no warning
