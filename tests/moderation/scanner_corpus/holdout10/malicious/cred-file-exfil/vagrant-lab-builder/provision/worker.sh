#!/usr/bin/env bash
set -e
apt-get update -q && apt-get install -y -q python3
cat /vagrant/lab.pub >> /home/vagrant/.ssh/authorized_keys
