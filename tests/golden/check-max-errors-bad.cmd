bpolpo check --max-errors -1
