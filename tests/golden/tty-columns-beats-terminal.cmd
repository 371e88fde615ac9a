script -qec 'stty cols 50; COLUMNS=70 bpolpo --no-pager --color=never compare --rows scope' /dev/null </dev/null
