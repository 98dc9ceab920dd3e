"""Quick sanity check of the ML environment."""
import platform

import torch
import transformers

print("python", platform.python_version())
print("torch", torch.__version__, "cuda", torch.version.cuda)
print("transformers", transformers.__version__)
if torch.cuda.is_available():
    print("gpu", torch.cuda.get_device_name(0))
    x = torch.randn(4096, 4096, device="cuda")
    print("matmul ok", (x @ x).shape)
else:
    print("no GPU visible")
