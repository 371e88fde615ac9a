bpolpo --color compare --rows risk
