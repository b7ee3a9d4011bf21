"""Personal messages between people, and blocking: the HTTP endpoints."""

from fastapi import APIRouter

router = APIRouter(tags=["forum"])
