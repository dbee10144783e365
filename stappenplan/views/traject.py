"""views of the traject area."""
