bpolpo search --color=always legal training
