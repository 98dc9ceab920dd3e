import datetime as dt, os
import jwt
from flask import Blueprint, jsonify, request

bp = Blueprint("auth", __name__)
USERS = {"demo": "demo"}

@bp.post("/login")
def login():
    body = request.get_json(force=True)
    if USERS.get(body.get("user")) != body.get("password"):
        return jsonify(error="bad credentials"), 401
    exp = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=8)
    token = jwt.encode({"sub": body["user"], "exp": exp}, os.environ.get("JWT_SECRET", "dev-only"), algorithm="HS256")
    return jsonify(token=token)
