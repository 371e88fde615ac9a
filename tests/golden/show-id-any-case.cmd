bpolpo show Relation
