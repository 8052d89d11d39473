"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('emails', sa.JSON(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('supervisor_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['supervisor_id'], ['agency.id'], name=op.f('fk_agency_supervisor_id_agency'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency'))
    )
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agency_code'), ['code'], unique=True)

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('directive_id', sa.Integer(), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_directive_id'), ['directive_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_task_id'), ['task_id'], unique=False)

    op.create_table('group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group'))
    )
    with op.batch_alter_table('group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_code'), ['code'], unique=True)

    op.create_table('directive',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('issuer_id', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('coordinator_id', sa.Integer(), nullable=False),
    sa.Column('implements', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('source_text', sa.Text(), nullable=True),
    sa.Column('source_file', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('registered_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coordinator_id'], ['agency.id'], name=op.f('fk_directive_coordinator_id_agency')),
    sa.ForeignKeyConstraint(['issuer_id'], ['agency.id'], name=op.f('fk_directive_issuer_id_agency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directive'))
    )
    with op.batch_alter_table('directive', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directive_coordinator_id'), ['coordinator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directive_implements'), ['implements'], unique=False)
        batch_op.create_index(batch_op.f('ix_directive_number'), ['number'], unique=True)

    op.create_table('group_member',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_group_member_agency_id_agency'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], name=op.f('fk_group_member_group_id_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'agency_id', name=op.f('pk_group_member'))
    )
    with op.batch_alter_table('group_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_member_agency_id'), ['agency_id'], unique=False)

    op.create_table('item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('directive_id', sa.Integer(), nullable=False),
    sa.Column('ref', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('details', sa.Text(), nullable=True),
    sa.Column('schedule_kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('rrule', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('annual_day', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=True),
    sa.Column('until_on', sa.Date(), nullable=True),
    sa.Column('generated_through', sa.Date(), nullable=True),
    sa.Column('exhausted', sa.Boolean(), nullable=False),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['directive_id'], ['directive.id'], name=op.f('fk_item_directive_id_directive'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item')),
    sa.UniqueConstraint('directive_id', 'ref', name=op.f('uq_item_directive_id_ref'))
    )
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.create_index('ix_item_extend', ['generated_through'], unique=False, sqlite_where=sa.text('exhausted = 0 AND withdrawn = 0'), postgresql_where=sa.text('NOT exhausted AND NOT withdrawn'))

    op.create_table('item_agency',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('via_group', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_item_agency_agency_id_agency')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_item_agency_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', 'agency_id', 'role', name=op.f('pk_item_agency'))
    )
    with op.batch_alter_table('item_agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_agency_agency_id'), ['agency_id'], unique=False)

    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('directive_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('occurrence_on', sa.Date(), nullable=False),
    sa.Column('start_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('due_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('completed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('completed_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_task_agency_id_agency')),
    sa.ForeignKeyConstraint(['directive_id'], ['directive.id'], name=op.f('fk_task_directive_id_directive'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_task_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task')),
    sa.UniqueConstraint('item_id', 'agency_id', 'occurrence_on', name=op.f('uq_task_item_id_agency_id_occurrence_on'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index('ix_task_agency_due', ['agency_id', 'due_at'], unique=False)
        batch_op.create_index('ix_task_directive_agency', ['directive_id', 'agency_id'], unique=False)
        batch_op.create_index('ix_task_open_due', ['due_at'], unique=False, sqlite_where=sa.text('completed_at IS NULL AND cancelled = 0'), postgresql_where=sa.text('completed_at IS NULL AND NOT cancelled'))



def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index('ix_task_open_due', sqlite_where=sa.text('completed_at IS NULL AND cancelled = 0'), postgresql_where=sa.text('completed_at IS NULL AND NOT cancelled'))
        batch_op.drop_index('ix_task_directive_agency')
        batch_op.drop_index('ix_task_agency_due')

    op.drop_table('task')
    with op.batch_alter_table('item_agency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_agency_agency_id'))

    op.drop_table('item_agency')
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_index('ix_item_extend', sqlite_where=sa.text('exhausted = 0 AND withdrawn = 0'), postgresql_where=sa.text('NOT exhausted AND NOT withdrawn'))

    op.drop_table('item')
    with op.batch_alter_table('group_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_member_agency_id'))

    op.drop_table('group_member')
    with op.batch_alter_table('directive', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directive_number'))
        batch_op.drop_index(batch_op.f('ix_directive_implements'))
        batch_op.drop_index(batch_op.f('ix_directive_coordinator_id'))

    op.drop_table('directive')
    with op.batch_alter_table('group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_code'))

    op.drop_table('group')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_task_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_directive_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))

    op.drop_table('audit_event')
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agency_code'))

    op.drop_table('agency')
