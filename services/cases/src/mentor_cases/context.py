"""What the cases service's handlers and endpoints are given: the kit's context with the cases settings, and the
changes of cases that long polls of this process wait for."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends

from mentor_cases.settings import CasesSettings
from mentor_kit.context import ServiceContext
from mentor_kit.longpoll import Changes
from mentor_kit.web.deps import service_context


@dataclass(frozen=True, kw_only=True)
class CasesContext(ServiceContext[CasesSettings]):
    changes: Changes  # keyed by case id: offers or suggestions arrived


CasesContextDep = Annotated[CasesContext, Depends(service_context)]
