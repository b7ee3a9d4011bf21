"""mentor rubrics as rows with the list's sort keys (filter and page the public list by rubric in SQL) and an
index for the list's order

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
    mentor_rubrics = op.create_table('mentor_rubrics',
    sa.Column('mentor_id', sa.String(length=128), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['mentor_id'], ['mentors.id'], name=op.f('fk_mentor_rubrics_mentor_id_mentors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mentor_id', 'code', name=op.f('pk_mentor_rubrics'))
    )
    op.create_index('ix_mentor_rubrics_code_active_name', 'mentor_rubrics', ['code', 'active', 'name', 'mentor_id'], unique=False)
    op.create_index('ix_mentors_active_name_id', 'mentors', ['active', 'name', 'id'], unique=False)
    # The rows of the mentors written before: read the JSON lists portably (PostgreSQL and SQLite).
    mentors = sa.table(
        'mentors',
        sa.column('id', sa.String()),
        sa.column('name', sa.String()),
        sa.column('active', sa.Boolean()),
        sa.column('rubrics', sa.JSON()),
    )
    connection = op.get_bind()
    written = connection.execute(sa.select(mentors.c.id, mentors.c.name, mentors.c.active, mentors.c.rubrics))
    rows = [
        {'mentor_id': mentor_id, 'code': code, 'name': name, 'active': active}
        for mentor_id, name, active, rubrics in written
        for code in sorted(set(rubrics or []))
    ]
    if rows:
        op.bulk_insert(mentor_rubrics, rows)


def downgrade() -> None:
    op.drop_index('ix_mentors_active_name_id', table_name='mentors')
    op.drop_index('ix_mentor_rubrics_code_active_name', table_name='mentor_rubrics')
    op.drop_table('mentor_rubrics')
