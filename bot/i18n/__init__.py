"""Languages: which one to answer in, the bot's own strings per language, and matching questions per language."""
