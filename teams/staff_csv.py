"""Read a school's staff list from CSV (columns ``name``, ``position``) and say which rows
are wrong. Pure: no database; the caller imports all rows or none."""

import csv
import io
from dataclasses import dataclass, field

MAX_BYTES = 200_000
MAX_ROWS = 500
MAX_LENGTH = 200  # StaffMember.name and .position
COLUMNS = ["name", "position"]


@dataclass
class StaffList:
    rows: list = field(default_factory=list)  # (name, position), in file order
    errors: list = field(default_factory=list)  # messages, each naming its row

    @property
    def ok(self):
        return not self.errors and bool(self.rows)


def parse(data):
    """A ``StaffList`` from the bytes of an uploaded file. Row numbers count the file's
    lines as a spreadsheet shows them: the header is row 1."""
    result = StaffList()
    if len(data) > MAX_BYTES:
        result.errors.append(f"The file is too big: at most {MAX_BYTES // 1000} KB.")
        return result
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.")
        return result
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None or [cell.strip().lower() for cell in header] != COLUMNS:
            result.errors.append(
                "Row 1 must be the header “name,position” (two columns, in that order)."
            )
            return result
        seen, count = {}, 0
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            count += 1
            if count > MAX_ROWS:
                result.errors.append(f"Too many rows: at most {MAX_ROWS} people.")
                return result
            if len(cells) != len(COLUMNS):
                result.errors.append(
                    f"Row {number}: {len(cells)} columns; expected 2 (name, position)."
                )
                continue
            name, position = (cell.strip() for cell in cells)
            if not name:
                result.errors.append(f"Row {number}: the name is empty.")
                continue
            if len(name) > MAX_LENGTH or len(position) > MAX_LENGTH:
                result.errors.append(
                    f"Row {number}: too long; a name or position has at most "
                    f"{MAX_LENGTH} characters."
                )
                continue
            key = name.casefold()
            if key in seen:
                result.errors.append(
                    f"Row {number}: “{name}” is already on row {seen[key]}; "
                    "tell the two apart, e.g. with an initial."
                )
                continue
            seen[key] = number
            result.rows.append((name, position))
    except csv.Error as error:
        result.errors.append(f"Row {reader.line_num}: the CSV cannot be read ({error}).")
        return result
    if not result.rows and not result.errors:
        result.errors.append("The file lists nobody: add one row per person under the header.")
    return result
