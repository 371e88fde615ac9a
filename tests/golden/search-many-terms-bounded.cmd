# Ten terms: windows around the first eight in the text only, merged, so the excerpt stays short.
bpolpo --data excerpts.yaml search lantern four path woods village hour chapel spring pass compass
