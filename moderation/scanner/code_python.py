"""Python analysed by `ast`, following data from sources to sinks.

Variables are tainted by what they are assigned from (a flow-insensitive pass, repeated until
nothing changes, so `a = os.environ; b = dict(a); requests.post(url, json=b)` is followed):

- secret sources: the whole environment (`os.environ`, `.items()`, `dict(os.environ)`), a
  credential file read (`open("~/.ssh/id_rsa")`, `Path.home() / ".aws" / "credentials"`);
  a single named variable (`os.environ["GITHUB_TOKEN"]`) is a *named* source: sending it is
  legitimate-but-sensitive (review), not an attack, unless it goes to a collector or raw IP;
- decoded data: base64/base32/base16/a85, hex (`bytes.fromhex`, `unhexlify`), `codecs.decode`,
  `zlib`/`gzip`/`bz2`/`lzma` decompression, `chr()` joins, reversed strings;
- downloaded data: `requests.get(...).text`, `urlopen(...).read()`.

Sinks: network sends (`requests`/`httpx` calls, `urlopen`, `socket`, `smtplib`, `ftplib`,
a subprocess running curl/wget/nc), and code execution (`exec`, `eval`, `compile`,
`os.system`, `subprocess` with a string, `pickle`/`marshal` loads).
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Iterator

from . import lexicon as L

DECODERS = frozenset({
    "b64decode", "b32decode", "b16decode", "a85decode", "b85decode", "urlsafe_b64decode",
    "standard_b64decode", "decodebytes", "fromhex", "unhexlify", "a2b_base64", "a2b_hex",
    "decompress", "rot13", "fromCharCode",
})  # fmt: skip
EXECUTORS = frozenset({"exec", "eval", "compile", "system", "popen", "loads", "execfile", "runpy"})
SUBPROCESS = frozenset({"run", "call", "check_call", "check_output", "Popen", "getoutput"})
SENDERS = frozenset({
    "post", "put", "patch", "request", "urlopen", "send", "sendall", "sendto", "sendmail",
    "send_message", "storbinary", "storlines", "Request", "upload_file", "put_object",
})  # fmt: skip
# Name lookups: a secret in the name asked for leaves by DNS, whatever the address.
DNS_LOOKUPS = frozenset({"gethostbyname", "gethostbyname_ex", "getaddrinfo", "resolve", "query"})
# Data received from a connection (a command loop reads the next command here).
RECEIVERS = frozenset(
    {"recv", "recvfrom", "recv_string", "receive", "receive_text", "read_message"}
)
FETCHERS = frozenset({"get", "urlopen", "urlretrieve", "read", "text", "content", "json"})
NET_TOOLS = ("curl", "wget", "nc ", "ncat", "scp ", "Invoke-WebRequest")
# Every name `_sink_call` can accept: a call named otherwise is never a sink.
_SINK_NAMES = EXECUTORS | SUBPROCESS | SENDERS | DNS_LOOKUPS | {"get", "post"}


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return _name(node.func)
    return ""


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


class _Kinds:
    """What an expression carries: bulk secrets, named secrets, decoded or downloaded data."""

    __slots__ = ("decoded", "downloaded", "named", "secret")

    def __init__(self) -> None:
        self.secret = self.named = self.decoded = self.downloaded = False

    def merge(self, other: _Kinds) -> bool:
        before = (self.secret, self.named, self.decoded, self.downloaded)
        self.secret |= other.secret
        self.named |= other.named
        self.decoded |= other.decoded
        self.downloaded |= other.downloaded
        return before != (self.secret, self.named, self.decoded, self.downloaded)

    def any(self) -> bool:
        return self.secret or self.named or self.decoded or self.downloaded


class PythonFlow:
    def __init__(self, tree: ast.AST) -> None:
        self.tree = tree
        self.vars: dict[str, _Kinds] = {}
        self._parents: dict[int, ast.AST] = {}
        # Every node in ast.walk's order, found once (the passes below reuse it) with its parent.
        self._nodes: list[ast.AST] = [tree]
        i = 0
        while i < len(self._nodes):
            node = self._nodes[i]
            i += 1
            for child in ast.iter_child_nodes(node):
                self._parents[id(child)] = node
                self._nodes.append(child)
        # Variables are followed only when some call can be a sink (`_sink_call`): without one,
        # `events` reports nothing whatever the variables hold.
        if any(isinstance(node, ast.Call) and _sink_call(node) for node in self._nodes):
            for _ in range(4):
                if not self._propagate():
                    break

    def kinds(self, node: ast.AST) -> _Kinds:
        k = _Kinds()
        public = False
        for sub in ast.walk(node):
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                public = public or sub.value.endswith(".pub")
            if isinstance(sub, ast.Name) and sub.id in self.vars:
                k.merge(self.vars[sub.id])
            elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                v = sub.value
                if len(v) < 300 and L.SOURCE_FILE.search(v) and not L.SOURCE_HARMLESS.search(v):
                    k.secret = True
            elif isinstance(sub, ast.Attribute) and _dotted(sub) in ("os.environ", "process.env"):
                parent = self._parents.get(id(sub))
                named = isinstance(parent, ast.Subscript) or (
                    isinstance(parent, ast.Attribute) and parent.attr == "get"
                )
                if named:
                    k.named = True
                else:
                    k.secret = True
            elif isinstance(sub, ast.Call):
                name = _name(sub.func)
                if name == "getenv":
                    k.named = True
                elif (
                    name in DECODERS
                    or (name == "decode" and _codec_arg(sub))
                    or name == "chr"
                    or (name == "join" and _has_chr(sub))
                    or (name in ("bytes", "bytearray") and _transformed_bytes(sub))
                ):
                    k.decoded = True
                elif name in RECEIVERS or (
                    name in ("get", "urlopen")
                    and _dotted(sub.func).split(".")[0]
                    in ("requests", "httpx", "urllib", "urlopen", "session", "client")
                ):
                    k.downloaded = True  # fetched, or received from a connection
            elif isinstance(sub, ast.Subscript) and _is_reverse(sub.slice):
                k.decoded = True
        if public:  # key.with_suffix(".pub").read_text(): the public half of a key pair
            k.secret = False
        return k

    def _targets(self, node: ast.AST) -> Iterator[str]:
        for t in ast.walk(node):
            if isinstance(t, ast.Name):
                yield t.id

    def _propagate(self) -> bool:
        changed = False
        for node in self._nodes:
            pairs: list[tuple[ast.AST, ast.AST]] = []
            if isinstance(node, ast.Assign):
                pairs = [(t, node.value) for t in node.targets]
            elif isinstance(node, ast.AnnAssign | ast.AugAssign) and node.value is not None:
                pairs = [(node.target, node.value)]
            elif isinstance(node, ast.For | ast.comprehension):
                pairs = [(node.target, node.iter)]
            elif isinstance(node, ast.withitem) and node.optional_vars is not None:
                pairs = [(node.optional_vars, node.context_expr)]
            elif isinstance(node, ast.NamedExpr):
                pairs = [(node.target, node.value)]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("update", "append", "extend", "write", "add", "insert")
            ):  # x.update(secret), x.append(secret), x.write(...) taint x
                pairs = [(node.func.value, a) for a in node.args]
            for target, value in pairs:
                k = self.kinds(value)
                if not k.any():
                    continue
                for name in self._targets(target):
                    changed |= self.vars.setdefault(name, _Kinds()).merge(k)
            if isinstance(node, ast.ListComp | ast.DictComp | ast.SetComp | ast.GeneratorExp):
                pass
        return changed

    def events(self) -> Iterator[tuple[str, ast.Call, _Kinds, str]]:
        """(kind, call, what flows in, description) for each sink call reached by data."""
        for node in self._nodes:
            if not isinstance(node, ast.Call):
                continue
            sink = _sink_call(node)
            if sink is None:
                continue
            executes, sends, dns, name, dotted = sink
            flows = _Kinds()
            for a in (*node.args, *(kw.value for kw in node.keywords)):
                flows.merge(self.kinds(a))
            if executes and (flows.decoded or flows.downloaded):
                what = "decoded" if flows.decoded else "downloaded or received"
                yield "exec", node, flows, f"{dotted or name} runs {what} data"
            if sends and (flows.secret or flows.named):
                yield "send", node, flows, dotted or name
            elif dns and (flows.secret or flows.named):
                leak = _Kinds()
                leak.merge(flows)
                leak.secret = True  # no service takes a token as a host name: never legitimate
                yield (
                    "send",
                    node,
                    leak,
                    f"{dotted or name} (a DNS lookup of a name built from a secret)",
                )


def _sink_call(node: ast.Call) -> tuple[bool, bool, bool, str, str] | None:
    """(runs code, sends, looks a name up, name, dotted name) of a call with arguments that can
    be a sink whatever flows into it, or None: what `events` reports on depends only on this and
    on what flows in."""
    if not node.args and not node.keywords:
        return None
    name = _name(node.func)
    if name not in _SINK_NAMES:
        return None
    dotted = _dotted(node.func)
    executes = (name in EXECUTORS or (name in SUBPROCESS and _shell_string(node))) and not (
        (name == "loads" and not dotted.startswith(("pickle", "marshal", "dill")))
        or (name == "compile" and dotted.startswith("re"))
    )
    sends = (
        name in SENDERS
        or (name in SUBPROCESS and _runs_net_tool(node))
        or (name in ("get", "post") and dotted.split(".")[0] in ("requests", "httpx", "session"))
    )
    dns = _dns_lookup(name, dotted)
    if not (executes or sends or dns):
        return None
    return executes, sends, dns, name, dotted


def _dns_lookup(name: str, dotted: str) -> bool:
    if name not in DNS_LOOKUPS:
        return False
    return (
        name not in ("resolve", "query") or "dns" in dotted.lower() or "resolver" in dotted.lower()
    )


def _codec_arg(call: ast.Call) -> bool:
    for a in call.args[1:2] or call.args[:1]:
        if isinstance(a, ast.Constant) and isinstance(a.value, str):
            return a.value.lower().replace("-", "_") in (
                "rot13",
                "rot_13",
                "base64",
                "hex",
                "zlib",
                "bz2",
            )
    return False


def _has_chr(call: ast.Call) -> bool:
    return any(isinstance(s, ast.Call) and _name(s.func) == "chr" for s in ast.walk(call))


def _is_reverse(sl: ast.AST) -> bool:
    return (
        isinstance(sl, ast.Slice)
        and isinstance(sl.step, ast.UnaryOp)
        and isinstance(sl.step.operand, ast.Constant)
        and sl.step.operand.value == 1
    )


def _shell_string(call: ast.Call) -> bool:
    return (bool(call.args) and not isinstance(call.args[0], ast.List | ast.Tuple)) or any(
        kw.arg == "shell" and isinstance(kw.value, ast.Constant) and kw.value.value
        for kw in call.keywords
    )


def _runs_net_tool(call: ast.Call) -> bool:
    return any(
        isinstance(sub, ast.Constant)
        and isinstance(sub.value, str)
        and any(t in sub.value + " " for t in NET_TOOLS)
        for sub in ast.walk(call)
    )


def python_events(source: str) -> list[tuple[str, int, str, _Kinds]]:
    """(kind, line, description, flows) for a Python source; [] when it does not parse."""
    try:
        with warnings.catch_warnings():  # invalid escapes in the skill's code are its business
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    try:
        flow = PythonFlow(tree)
        return [(kind, call.lineno, desc, k) for kind, call, k, desc in flow.events()]
    except RecursionError:
        return []


def _transformed_bytes(call: ast.Call) -> bool:
    """`bytes(x ^ 0x5A for x in DATA)`, `bytearray(b - 3 for b in blob)`, `bytes([104, 116, ...])`:
    bytes computed from numbers (a key applied to each, or a long list of codes) are decoded
    data, whatever the cipher (2.7.0)."""
    for arg in call.args[:1]:
        for sub in ast.walk(arg):
            if isinstance(sub, ast.BinOp) and isinstance(
                sub.op, ast.BitXor | ast.Sub | ast.Add | ast.Mod | ast.RShift | ast.LShift
            ):
                return True
        if isinstance(arg, ast.List | ast.Tuple) and len(arg.elts) >= 16:
            return all(isinstance(e, ast.Constant) and isinstance(e.value, int) for e in arg.elts)
    return False
