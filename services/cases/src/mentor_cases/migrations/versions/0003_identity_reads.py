"""the audit trail of reads of an anonymous author's identity

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
    op.create_table('identity_reads',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('reader_id', sa.String(length=128), nullable=False),
    sa.Column('reader_role', sa.String(length=32), nullable=False),
    sa.Column('what', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_identity_reads'))
    )
    op.create_index(op.f('ix_identity_reads_at'), 'identity_reads', ['at'], unique=False)
    op.create_index(op.f('ix_identity_reads_case_id'), 'identity_reads', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_identity_reads_case_id'), table_name='identity_reads')
    op.drop_index(op.f('ix_identity_reads_at'), table_name='identity_reads')
    op.drop_table('identity_reads')
