bpolpo sources --hyperlinks=never --color=always
