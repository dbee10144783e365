"""admin of the traject area."""
