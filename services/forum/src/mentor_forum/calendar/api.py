"""The events calendar: the HTTP endpoints."""

from fastapi import APIRouter

router = APIRouter(tags=["forum"])
