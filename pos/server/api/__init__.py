"""The server's HTTP API, one router per concern: meta, devices, sync, reports.

Room is left for the routers to come (dashboards, guest ordering, webhooks): each is a
module with a ``router``, included by ``pos.server.app.create_app``, and reaches the
server's state and the caller's identity through the dependencies in ``deps``.
"""
