bpolpo search wikipedia
