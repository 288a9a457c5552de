the parent holds 1,000,000 lists: \d{2,3}\.\d MiB
MiB each forked child copied while it ran:
the child ran    no freeze   gc\.freeze\(\)
nothing\(\) +-?\d\.\d +-?\d\.\d
read_rows\(\) +\d{2,3}\.\d +\d{2,3}\.\d
collect\(\) +\d{2,3}\.\d +-?\d\.\d
