"""One cog per feature area: member commands and moderator commands."""
