from typing import Literal

from mentor_contracts.taxonomy.labels import Term

Urgency = Literal["urgent", "need_advice", "expert_opinion"]

URGENCIES: tuple[Term, ...] = (
    Term(code="urgent", ru="Срочно", en="Urgent"),
    Term(code="need_advice", ru="Нужен совет", en="Need advice"),
    Term(code="expert_opinion", ru="Экспертное мнение", en="Expert opinion"),
)
