bpolpo --data twelve.yaml compare --width 80 --layout table
