"""calendar

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_events',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('html', sa.Text(), nullable=False),
    sa.Column('online', sa.Boolean(), nullable=False),
    sa.Column('link', sa.String(length=2000), nullable=True),
    sa.Column('place', sa.String(length=500), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('rubrics', sa.JSON(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('waitlist', sa.Boolean(), nullable=False),
    sa.Column('organizer_id', sa.String(length=128), nullable=False),
    sa.Column('organizer_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('queued', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_events'))
    )
    op.create_index('ix_calendar_events_listing', 'calendar_events', ['private', 'status', 'starts_at', 'id'], unique=False)
    op.create_index('ix_calendar_events_start', 'calendar_events', ['status', 'starts_at'], unique=False)
    op.create_index(op.f('ix_calendar_events_organizer_id'), 'calendar_events', ['organizer_id'], unique=False)
    op.create_table('calendar_feeds',
    sa.Column('user_id', sa.String(length=128), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_calendar_feeds')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_calendar_feeds_token_hash'))
    )
    op.create_table('calendar_attendances',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.String(length=128), nullable=False),
    sa.Column('user_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('queue_number', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['calendar_events.id'], name=op.f('fk_calendar_attendances_event_id_calendar_events')),
    sa.PrimaryKeyConstraint('event_id', 'user_id', name=op.f('pk_calendar_attendances'))
    )
    op.create_index('ix_calendar_attendances_queue', 'calendar_attendances', ['event_id', 'status', 'queue_number'], unique=False)
    op.create_index('ix_calendar_attendances_user', 'calendar_attendances', ['user_id', 'status'], unique=False)
    op.create_table('calendar_event_rubrics',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('rubric', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['calendar_events.id'], name=op.f('fk_calendar_event_rubrics_event_id_calendar_events')),
    sa.PrimaryKeyConstraint('event_id', 'rubric', name=op.f('pk_calendar_event_rubrics'))
    )
    op.create_index('ix_calendar_event_rubrics_rubric', 'calendar_event_rubrics', ['rubric', 'event_id'], unique=False)
    op.create_table('calendar_reminders_sent',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('offset_hours', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['calendar_events.id'], name=op.f('fk_calendar_reminders_sent_event_id_calendar_events')),
    sa.PrimaryKeyConstraint('event_id', 'offset_hours', 'starts_at', name=op.f('pk_calendar_reminders_sent'))
    )


def downgrade() -> None:
    op.drop_table('calendar_reminders_sent')
    op.drop_index('ix_calendar_event_rubrics_rubric', table_name='calendar_event_rubrics')
    op.drop_table('calendar_event_rubrics')
    op.drop_index('ix_calendar_attendances_user', table_name='calendar_attendances')
    op.drop_index('ix_calendar_attendances_queue', table_name='calendar_attendances')
    op.drop_table('calendar_attendances')
    op.drop_table('calendar_feeds')
    op.drop_index(op.f('ix_calendar_events_organizer_id'), table_name='calendar_events')
    op.drop_index('ix_calendar_events_start', table_name='calendar_events')
    op.drop_index('ix_calendar_events_listing', table_name='calendar_events')
    op.drop_table('calendar_events')
