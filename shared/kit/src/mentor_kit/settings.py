"""Settings base. Each service subclasses it once with its own `env_prefix` (e.g. `CASES_`)."""

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MENTOR_", env_file=None, extra="ignore")

    service_name: str = "mentor"
    log_level: str = "INFO"
    log_json: bool = True

    # `postgresql+asyncpg://…` in production, `sqlite+aiosqlite:///…` for the embedded run.
    database_url: str = "sqlite+aiosqlite:///data/mentor.db"
    # `amqp://…` for RabbitMQ, `memory://` for the in-process bus of the embedded run.
    broker_url: str = "memory://"
    # False where the platform's topology declares the shared exchanges (Kubernetes, compose): they are then only
    # checked to exist, so the service's RabbitMQ user needs no configure permission on them.
    broker_declare_exchanges: bool = True
    # Bring the database to the newest migration when the process starts. A deployment with several replicas sets
    # `<SVC>_MIGRATE_ON_START=false` and runs `mentor migrate <svc>` once (a Job) instead, so replicas never race.
    migrate_on_start: bool = True

    # Messaging tuning.
    prefetch: int = Field(default=128, ge=1)  # unacked deliveries in flight per consumer
    consumer_batch_size: int = Field(default=32, ge=1)  # deliveries handled in one transaction
    consumer_workers: int | None = Field(default=None, ge=1)  # default: 4 on PostgreSQL, 1 on SQLite
    retry_delays: tuple[float, ...] = (1.0, 10.0, 60.0)  # seconds before attempt 2, 3, 4; then dead-letter
    relay_batch_size: int = Field(default=200, ge=1)
    relay_poll_seconds: float = Field(default=2.0, gt=0)  # safety net; commits wake the relay at once
    relay_max_backoff_seconds: float = Field(default=300.0, gt=0)

    # Authentication: a JWKS URL in production, a static public key (PEM) in development and tests
    # (`mentor dev` and the test fixtures point it at the committed development key).
    jwt_jwks_url: str | None = None
    jwt_public_key_file: Path | None = None
    jwt_issuer: str = "https://id.mgpu.ru/realms/mentor"
    jwt_audience: str = "mentor-platform"
