FORCE_COLOR=1 BPOLPO_PAGER=false bpolpo --json --width 20 --color=always --compact faq 5
