"""cases in the library (from the library's events); an index for statistics by period

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.add_column(sa.Column('library_item_id', sa.Uuid(), nullable=True))
        batch.add_column(sa.Column('in_library_since', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('library_event_at', sa.DateTime(timezone=True), nullable=True))
        batch.create_index(batch.f('ix_cases_library_item_id'), ['library_item_id'], unique=False)
        batch.create_index(batch.f('ix_cases_submitted_at'), ['submitted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.drop_index(batch.f('ix_cases_submitted_at'))
        batch.drop_index(batch.f('ix_cases_library_item_id'))
        batch.drop_column('library_event_at')
        batch.drop_column('in_library_since')
        batch.drop_column('library_item_id')
