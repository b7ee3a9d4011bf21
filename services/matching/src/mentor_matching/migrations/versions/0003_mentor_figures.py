"""ranking reads data shaped for it: per-mentor figures (places taken, median time to accept) kept with the
attempts, an index for the fairness window's offers, an index for the leaves not yet ended

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    mentor_figures = op.create_table('mentor_figures',
    sa.Column('mentor_id', sa.String(length=128), nullable=False),
    sa.Column('open_cases', sa.Integer(), nullable=False),
    sa.Column('accepted', sa.Integer(), nullable=False),
    sa.Column('median_accept_hours', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('mentor_id', name=op.f('pk_mentor_figures'))
    )
    op.create_index('ix_attempts_mentor_id_offered_at', 'attempts', ['mentor_id', 'offered_at'], unique=False)
    op.create_index('ix_mentor_leaves_end_mentor_id', 'mentor_leaves', ['end', 'mentor_id'], unique=False)
    # The figures of the attempts written before, computed as the service does (portable: PostgreSQL and SQLite).
    attempts = sa.table(
        'attempts',
        sa.column('mentor_id', sa.String()),
        sa.column('state', sa.String()),
        sa.column('selected_at', sa.DateTime(timezone=True)),
        sa.column('answered_at', sa.DateTime(timezone=True)),
    )
    connection = op.get_bind()
    answered_yes = connection.execute(
        sa.select(attempts.c.mentor_id, attempts.c.state, attempts.c.selected_at, attempts.c.answered_at).where(
            attempts.c.state.in_(['accepted', 'completed'])
        )
    )
    open_cases: dict[str, int] = {}
    hours: dict[str, list[float]] = {}
    for mentor_id, state, selected, answered in answered_yes:
        open_cases[mentor_id] = open_cases.get(mentor_id, 0) + (state == 'accepted')
        if selected is not None and answered is not None:
            hours.setdefault(mentor_id, []).append((answered - selected).total_seconds() / 3600)
    rows = []
    for mentor_id in sorted(open_cases):
        answers = sorted(hours.get(mentor_id, []))
        rows.append({
            'mentor_id': mentor_id,
            'open_cases': open_cases[mentor_id],
            'accepted': len(answers),
            'median_accept_hours': answers[len(answers) // 2] if answers else None,
        })
    if rows:
        op.bulk_insert(mentor_figures, rows)


def downgrade() -> None:
    op.drop_index('ix_mentor_leaves_end_mentor_id', table_name='mentor_leaves')
    op.drop_index('ix_attempts_mentor_id_offered_at', table_name='attempts')
    op.drop_table('mentor_figures')
