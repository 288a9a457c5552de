2 threads each filled a cache of 100,000 keys
keys in the cache: 100,000
squares computed:  \d{1,3}(,\d{3})*
computed twice:    \d{1,3}(,\d{3})*
