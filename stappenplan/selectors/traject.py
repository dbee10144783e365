"""selectors of the traject area."""
