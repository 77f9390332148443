"""A list of short strings stored in the entry row: ``text[]`` on PostgreSQL, JSON text on
SQLite. PostgreSQL's array overlap (``&&``) is cheap and its GIN index answers it exactly;
a jsonb index would need each row checked again (see migration 0003)."""

import json

from django.db import models


class StringListField(models.Field):
    description = "A list of strings"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def db_type(self, connection):
        return "text[]" if connection.vendor == "postgresql" else "text"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None:
            return []
        if isinstance(value, str):
            return json.loads(value)
        return list(value)

    def value_to_string(self, obj):
        # Serializers (fixtures, test database snapshots) read it back with to_python.
        return json.dumps(self.value_from_object(obj))

    def get_db_prep_value(self, value, connection, prepared=False):
        value = [str(item) for item in (value or [])]
        return value if connection.vendor == "postgresql" else json.dumps(value)
