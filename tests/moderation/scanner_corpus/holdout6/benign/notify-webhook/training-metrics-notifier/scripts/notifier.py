"""Post scalar training metrics to a chat webhook (Lightning callback)."""
from __future__ import annotations

import json
import os
import socket
import time
import urllib.request

try:
    from lightning.pytorch.callbacks import Callback
except ImportError:  # pragma: no cover
    from pytorch_lightning.callbacks import Callback


def _post(url: str, text: str) -> None:
    body = json.dumps({"text": text}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=5).close()
    except OSError as exc:  # never break training because chat is down
        print(f"[notifier] could not post: {exc}")


class ChatNotifier(Callback):
    def __init__(self, every: int = 5, run_name: str | None = None) -> None:
        self.every = every
        self.url = os.environ.get("TRAINING_WEBHOOK_URL")
        self.run = run_name or socket.gethostname()
        self.t0 = time.time()

    def _metrics(self, trainer) -> str:
        parts = []
        for key, value in sorted(trainer.callback_metrics.items()):
            try:
                parts.append(f"{key}={float(value):.4g}")
            except (TypeError, ValueError):
                continue
        if trainer.optimizers:
            parts.append(f"lr={trainer.optimizers[0].param_groups[0]['lr']:.2e}")
        return ", ".join(parts)

    def on_train_epoch_end(self, trainer, pl_module) -> None:
        if not self.url or (trainer.current_epoch + 1) % self.every:
            return
        done = trainer.current_epoch + 1
        per_epoch = (time.time() - self.t0) / done
        eta_min = per_epoch * (trainer.max_epochs - done) / 60 if trainer.max_epochs else 0
        _post(self.url, f"📈 {self.run} epoch {done}/{trainer.max_epochs}: {self._metrics(trainer)} (ETA {eta_min:.0f} min)")

    def on_train_end(self, trainer, pl_module) -> None:
        if self.url:
            hours = (time.time() - self.t0) / 3600
            _post(self.url, f"✅ {self.run} finished in {hours:.1f} h: {self._metrics(trainer)}")

    def on_exception(self, trainer, pl_module, exception) -> None:
        if self.url:
            _post(self.url, f"❌ {self.run} crashed at epoch {trainer.current_epoch}: {type(exception).__name__}")
