"""`python -m app` does what the `workbench` command does."""

import sys

from app.cli.runner import main

sys.exit(main())
