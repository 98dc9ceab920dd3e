"""`python -m marketplace <command>`: Django's manage.py for an installed package (a wheel
has no manage.py), e.g. `python -m marketplace migrate` then `... runserver`."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line([f"{sys.executable} -m marketplace", *sys.argv[1:]])


if __name__ == "__main__":
    main()
