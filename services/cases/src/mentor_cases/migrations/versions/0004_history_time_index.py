"""an index on the time of history steps: people active in a period (GET /stats/people) reads a range of it

Revision ID: 0004
Revises: 0003
"""
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_history') as batch:
        batch.create_index(batch.f('ix_case_history_at'), ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_history') as batch:
        batch.drop_index(batch.f('ix_case_history_at'))
