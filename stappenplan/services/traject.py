"""services of the traject area."""
