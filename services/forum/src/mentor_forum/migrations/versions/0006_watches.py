"""watching topics; topics hidden with their first post

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('topic_watches',
    sa.Column('topic_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.String(length=128), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_topic_watches_topic_id_topics')),
    sa.PrimaryKeyConstraint('topic_id', 'user_id', name=op.f('pk_topic_watches'))
    )
    op.add_column('topics', sa.Column('hidden', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('topics') as batch:
        batch.drop_column('hidden')
    op.drop_table('topic_watches')
