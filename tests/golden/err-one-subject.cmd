bpolpo --data ../errors/one-subject.yaml compare
