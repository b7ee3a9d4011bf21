from pydantic_settings import SettingsConfigDict

from mentor_kit.settings import ServiceSettings


class CasesSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CASES_", extra="ignore")

    service_name: str = "cases"
    database_url: str = "sqlite+aiosqlite:///data/cases.db"
