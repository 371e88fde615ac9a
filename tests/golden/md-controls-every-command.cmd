for c in verdict faq "faq q" show "show s" sources; do bpolpo --data controls.yaml --markdown $c; done
