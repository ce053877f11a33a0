"""Training the bundled NER models from CoNLL shared-task data."""
