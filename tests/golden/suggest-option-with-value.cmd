bpolpo --widht=80 compare
