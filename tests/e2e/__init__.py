"""End-to-end tests: the unmodified FAQ bot driven through the local Discord emulator."""
