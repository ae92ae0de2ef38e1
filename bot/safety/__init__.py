"""Safety layer: is a message a crisis (medical emergency or self-harm) or distress, and in which language."""
