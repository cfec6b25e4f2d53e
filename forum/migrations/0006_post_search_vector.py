"""A stored tsvector for each post (PostgreSQL only): a generated column with a GIN index.

The column is not a model field: only forum.selectors.fulltext reads it (through RawSQL), and
PostgreSQL computes it on every insert and every change of ``source``, whoever writes the row
(services, the importer's bulk inserts, the admin). It replaces the expression index from 0004:
ranking and phrase checks read the stored vector instead of re-parsing each post's text.
SQLite and other databases are untouched (they use the word-match fallback).
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE forum_post ADD COLUMN IF NOT EXISTS search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english'::regconfig, COALESCE(source, ''))) STORED",
    "CREATE INDEX IF NOT EXISTS forum_post_search_vector_gin ON forum_post USING gin (search_vector)",
    "DROP INDEX IF EXISTS forum_post_search_gin",
    # Lexeme statistics for the planner (most common elements of the new column).
    "ANALYZE forum_post",
]

BACKWARD = [
    "DROP INDEX IF EXISTS forum_post_search_vector_gin",
    "ALTER TABLE forum_post DROP COLUMN IF EXISTS search_vector",
    "CREATE INDEX IF NOT EXISTS forum_post_search_gin ON forum_post "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(source, '')))",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("forum", "0005_content_notes")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
