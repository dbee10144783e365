"""After `migrate` and after a flush: install the programme files.

A database flush (as between transactional tests, or `manage.py flush`) empties every table and
then sends `post_migrate`; loading the programme files then puts the programmes back. Loading is
idempotent, so on a database that has them nothing changes. During a migration to an earlier
state the installed models do not match the tables, so nothing is loaded then.
"""

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor


def _volledig_gemigreerd(using: str) -> bool:
    executor = MigrationExecutor(connections[using])
    return not executor.migration_plan(executor.loader.graph.leaf_nodes())


def programmas_laden(sender, app_config=None, using=DEFAULT_DB_ALIAS, **kwargs):
    if app_config is None or app_config.label != "casemanagement":
        return
    if "plan" in kwargs and not _volledig_gemigreerd(using):
        return
    from .programmas import alle_programmas_laden

    alle_programmas_laden()
