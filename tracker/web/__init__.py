"""The web app and the HTTP API (FastAPI), served by `tracker serve` and inside `tracker run`."""
