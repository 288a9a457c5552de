5 tasks each; check\(3\) raises ValueError

executor:  {10}\| 0/5
executor: #{2} {8}\| 1/5
executor: #{4} {6}\| 2/5
executor: #{6} {4}\| 3/5
executor: #{8} {2}\| 4/5
executor: #{10}\| 5/5
executor: #{10}\| 5/5
with_executor: done \[0, 1, 4, 16\], failed \[ValueError\('item 3 is bad'\)\]

pool:  {10}\| 0/5
pool: #{2} {8}\| 1/5
pool: #{4} {6}\| 2/5
pool: #{6} {4}\| 3/5
pool: #{8} {2}\| 4/5
pool: #{10}\| 5/5
pool: #{10}\| 5/5
with_pool: done \[0, 1, 4, 16\], failed \[ValueError\('item 3 is bad'\)\]
