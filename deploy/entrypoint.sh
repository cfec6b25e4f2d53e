#!/bin/sh
# Migrations take an advisory lock in PostgreSQL, so several web containers starting at once is safe.
set -e
python manage.py migrate --noinput
python manage.py load_starter
exec "$@"
