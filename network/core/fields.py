"""Form fields that choose rows by id, refusing ids no row can have before any query.

Django's model choice fields catch a ValueError from a non-numeric id, but on SQLite an
id past the 64-bit range fails to bind (OverflowError), which was a 500. These fields
check each submitted id with ``parse_id`` first and answer "not one of the choices".
"""

from django import forms
from django.core.exceptions import ValidationError

from .ids import parse_id


class IdChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and self.to_field_name is None:
            if parse_id(value) is None:
                raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def clean(self, value):
        if isinstance(value, (list, tuple)) and self.to_field_name is None:
            for pk in value:
                if parse_id(pk) is None:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": pk},
                    )
        return super().clean(value)
