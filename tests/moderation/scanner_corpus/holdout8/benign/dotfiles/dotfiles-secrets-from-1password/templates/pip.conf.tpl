[global]
extra-index-url = https://{{ op://Work/pypi-internal/username }}:{{ op://Work/pypi-internal/password }}@pypi.orchard.test/simple
