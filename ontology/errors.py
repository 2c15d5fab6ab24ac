"""The errors diplograph raises on purpose: one root, one class per kind of failure, each with the
exit code the ``diplograph`` command ends with.

They live in ``ontology/`` because every layer (loaders, graph, viz, the CLI) imports the ontology
and the ontology imports none of them: any layer can raise these without depending on another
layer, so data still flows one way. The message of each is one line for the user that names the
file, URI or query and the problem; the original exception (a driver's, a parser's) is chained as
``__cause__`` for whoever needs the detail. Exit code 2 is never used: click gives it to usage
errors (an unknown option, a missing argument), so a script can tell those apart.

>>> issubclass(ReadOnlyError, QueryError) and issubclass(CredentialsError, StoreError)
True
>>> sorted({c.exit_code for c in ERRORS})
[1, 3, 4, 5, 6]
"""

from __future__ import annotations

from typing import ClassVar


class DiplographError(Exception):
    """The root of diplograph's own errors; ``exit_code`` is what the command exits with."""

    exit_code: ClassVar[int] = 1
    exit_meaning: ClassVar[str] = "failed"


class InputError(DiplographError):
    """An input cannot be used: a missing, empty, binary, malformed or oversized file, an unreadable
    RDF export, or a value given on the command line that names nothing (an unknown actor)."""

    exit_code = 1
    exit_meaning = "an input (a file, a record, a name given) could not be read or used"


class StoreError(DiplographError):
    """The store cannot be reached, opened or written (server down, connection lost, folder in use)."""

    exit_code = 3
    exit_meaning = "the store could not be reached, opened or written"


class CredentialsError(StoreError):
    """The server refused the user name or password (the message never holds the password)."""


class QueryError(DiplographError):
    """A query was refused or is invalid: a syntax error, a parameter used without a value, a write
    without ``--write``, a query whose result cannot be drawn or exported."""

    exit_code = 4
    exit_meaning = "the query was refused or is invalid"


class ReadOnlyError(QueryError):
    """A query tried to change the graph without ``write=True`` (``--write``)."""


class ClusterError(DiplographError):
    """The Dask cluster cannot be used (not installed, unreachable, no workers)."""

    exit_code = 5
    exit_meaning = "the Dask cluster could not be used"


class OutputError(DiplographError):
    """An output cannot be produced: no browser for a screenshot, a file that cannot be written."""

    exit_code = 6
    exit_meaning = "an output file could not be written"


class InputWarning(UserWarning):
    """An input was read, but part of it was left out (the message names the file and what);
    the command prints it as one ``warning:`` line and goes on."""


# The classes whose exit codes are documented, in the order ``--help`` and the README list them.
ERRORS: tuple[type[DiplographError], ...] = (InputError, StoreError, QueryError, ClusterError, OutputError)
