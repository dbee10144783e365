"""models of the traject area."""
