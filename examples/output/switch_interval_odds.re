switch interval 0\.005 s: updates lost in (\d|10) of 10 trials
switch interval 1e-06 s: updates lost in (\d|10) of 10 trials
