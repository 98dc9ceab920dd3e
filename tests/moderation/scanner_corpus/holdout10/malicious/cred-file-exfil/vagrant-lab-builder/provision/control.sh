#!/usr/bin/env bash
set -e
apt-get update -q && apt-get install -y -q ansible sshpass
sudo -u vagrant ssh-keygen -t ed25519 -N '' -f /home/vagrant/.ssh/lab -q <<< y || true
cp /home/vagrant/.ssh/lab.pub /vagrant/lab.pub
cat > /etc/ansible/hosts <<EOF
[workers]
192.168.56.11
192.168.56.12
EOF
