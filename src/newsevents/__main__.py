"""``python -m newsevents`` runs the command line."""

from newsevents.cli import main

main()
