bpolpo --data bad/one-subject.yaml compare
