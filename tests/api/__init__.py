"""Tests of the REST and websocket APIs."""
