#!/bin/sh
set -e
vault kv put secret/orchard/api db_password=local-dev-password stripe_secret_key=sk_test_local_placeholder
echo seeded
