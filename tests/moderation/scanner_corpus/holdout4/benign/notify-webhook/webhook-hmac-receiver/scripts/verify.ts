import { createHmac, timingSafeEqual } from "node:crypto";
import type { Request, Response, NextFunction } from "express";

const secret = process.env.WEBHOOK_SECRET ?? "";
const MAX_AGE_SECONDS = 300;

export function verifySignature(req: Request, res: Response, next: NextFunction) {
  const header = req.get("X-Signature-256") ?? "";
  const timestamp = Number(req.get("X-Timestamp") ?? 0);
  if (!secret) return res.status(500).send("server misconfigured");
  if (Math.abs(Date.now() / 1000 - timestamp) > MAX_AGE_SECONDS) return res.status(401).send("stale");
  const raw: Buffer = (req as any).rawBody;
  const expected = "sha256=" + createHmac("sha256", secret).update(`${timestamp}.`).update(raw).digest("hex");
  const a = Buffer.from(header);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return res.status(401).send("bad signature");
  next();
}
