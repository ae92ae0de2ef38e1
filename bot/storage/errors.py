"""The one exception type the storage layer lets escape."""


class StorageError(Exception):
    """The database could not be opened or read; the message names the file."""
