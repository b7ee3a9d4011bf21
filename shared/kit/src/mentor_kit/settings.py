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
    # Trust the committed development public key (`mentor_kit/auth/dev_keys/`) in `mentor serve`. Off: a deployed
    # process configured with it refuses to start (anyone can sign tokens with its committed private key). On only
    # for local demos and tests (`<SVC>_ALLOW_DEVELOPMENT_KEY=true`); `mentor dev` passes the key itself.
    allow_development_key: bool = False

    # Abuse limits (mentor_kit.web.limits). Per process: N replicas of a service accept N times as much. The forum
    # keeps its own database-backed posting limit (across replicas) besides these.
    max_body_bytes: int = Field(default=256 * 1024, ge=1)  # a larger request body answers 413
    writes_per_minute: int = Field(default=120, ge=0)  # POST/PUT/PATCH/DELETE per signed-in subject; 0: no limit
    anonymous_searches_per_minute: int = Field(default=60, ge=0)  # GET …/search, …/similar per client address
    # Origins of the web client allowed to call the API from a browser (CORS), e.g. `["https://mentor.mgpu.ru"]`
    # (env: a JSON list). Empty: no CORS headers at all, so no other site's script may read the answers.
    cors_origins: list[str] = Field(default_factory=list)
    # Addresses of the reverse proxies whose X-Forwarded-For / X-Forwarded-Proto uvicorn believes (`mentor serve`),
    # so the per-address search limit counts clients, not the gateway. "*" only where nothing but the gateway can
    # reach the service (the compose network; Kubernetes with the NetworkPolicies of deploy/k8s).
    trusted_proxies: str = "127.0.0.1"
