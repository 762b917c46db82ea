"""`code__within`: a unit's code and the codes of every unit inside it.

Codes are a materialised path (EC-07 ⊃ EC-0701 ⊃ EC-070108: a unit's code extends
its parent's, which the model's constraints enforce), so a subtree is the codes
that start with its root's. Django writes that as `LIKE 'EC-07%' ESCAPE '\\'`,
which PostgreSQL answers from the code's pattern index but SQLite cannot answer
from any index: it read all 10,000 units for each "in this territory" filter, twice
for a list and its count (3–5 ms a page). On SQLite the same set is written as a
range, which the code's unique index answers (0.15 ms): every code made of capital
letters, digits and "-" that starts with the root sorts between the root and the
root followed by "~", which sorts after all three in SQLite's byte order. Other
databases keep the LIKE, whose meaning does not depend on a collation.
"""

from django.db.models import Lookup
from django.db.models.lookups import StartsWith

AFTER_EVERY_CODE_CHARACTER = "~"


class Within(Lookup):
    lookup_name = "within"

    def as_sql(self, compiler, connection):
        return StartsWith(self.lhs, self.rhs).as_sql(compiler, connection)

    def as_sqlite(self, compiler, connection):
        if not self.rhs_is_direct_value() or not isinstance(self.rhs, str):
            return self.as_sql(compiler, connection)
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return (
            f"({lhs} >= %s AND {lhs} < %s)",
            [*lhs_params, self.rhs, *lhs_params, self.rhs + AFTER_EVERY_CODE_CHARACTER],
        )
