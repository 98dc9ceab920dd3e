import getpass
import sys

import keyring

if sys.argv[1] == "set":
    keyring.set_password("myapp", "api", getpass.getpass("API token: "))
    print("stored in the OS keychain")
else:
    print("token present" if keyring.get_password("myapp", "api") else "no token stored")
