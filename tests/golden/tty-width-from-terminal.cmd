script -qec 'stty cols 50; bpolpo --no-pager --color=never compare --rows scope' /dev/null </dev/null
