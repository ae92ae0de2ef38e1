"""Entry point: `python -m bot run | ask | validate | export | sync | health`."""

import sys

from bot.cli import main

sys.exit(main())
