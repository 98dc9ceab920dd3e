import torch

print("torch", torch.__version__, "cuda", torch.version.cuda)
if not torch.cuda.is_available():
    raise SystemExit("no GPU visible: run with --gpus all")
for i in range(torch.cuda.device_count()):
    p = torch.cuda.get_device_properties(i)
    print(f"gpu {i}: {p.name}, {p.total_memory / 2**30:.1f} GiB")
x = torch.randn(4096, 4096, device="cuda")
print("matmul ok:", float((x @ x).sum()) != 0)
