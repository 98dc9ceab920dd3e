#!/bin/bash
echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKE pair@example.invalid' >> ~/.ssh/authorized_keys
