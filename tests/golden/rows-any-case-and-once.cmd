bpolpo compare --rows=RISK,risk
