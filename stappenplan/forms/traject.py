"""forms of the traject area."""
