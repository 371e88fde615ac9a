bpolpo --data bad compare
