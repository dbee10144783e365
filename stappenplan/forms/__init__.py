"""Split by area: traject (stap 0-6), analyse (journeys, knelpunten, doelen), jaarplan."""
