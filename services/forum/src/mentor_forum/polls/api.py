"""Polls in a topic: the HTTP endpoints."""

from fastapi import APIRouter

router = APIRouter(tags=["forum"])
