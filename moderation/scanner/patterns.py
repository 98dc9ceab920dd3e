"""Compiled patterns (RE2, linear time: see rx.py) and host lists used by the engine.

Everything here feeds RULES_HASH: changing a pattern changes the hash and triggers rescans.
Patterns are written to run on one line at a time where possible (no `[\\s\\S]*`), so the cost
stays linear in the size of the file.
"""

from __future__ import annotations

import re

from . import rx

_I = re.IGNORECASE
_IM = re.IGNORECASE | re.MULTILINE

# --- file classification ----------------------------------------------------------------------
CODE_EXTENSIONS = frozenset(
    {
        ".sh", ".bash", ".zsh", ".fish", ".ksh", ".py", ".pyw", ".js", ".mjs", ".cjs", ".ts",
        ".tsx", ".jsx", ".rb", ".pl", ".pm", ".php", ".ps1", ".psm1", ".psd1", ".bat", ".cmd",
        ".vbs", ".lua", ".go", ".rs", ".java", ".kt", ".swift", ".r", ".applescript", ".scpt",
        ".command", ".tcl", ".groovy", ".cs", ".c", ".cc", ".cpp", ".h", ".ipynb",
    }
)  # fmt: skip
MARKDOWN_EXTENSIONS = frozenset(
    {".md", ".markdown", ".mdx", ".mdc", ".txt", ".rst", ".adoc", ".html", ".htm"}
)
EXECUTABLE_EXTENSIONS = frozenset(
    {
        ".exe", ".dll", ".so", ".dylib", ".bin", ".msi", ".scr", ".sys", ".elf", ".pyc", ".pyo",
        ".pyd", ".class", ".jar", ".war", ".apk", ".deb", ".rpm", ".dmg", ".pkg", ".run",
        ".appimage", ".node", ".o", ".a", ".lib", ".com", ".cpl", ".ocx",
    }
)  # fmt: skip
ARCHIVE_EXTENSIONS = frozenset(
    {".zip", ".tar", ".tgz", ".gz", ".7z", ".rar", ".xz", ".bz2", ".zst", ".cab", ".iso", ".whl"}
)

# --- mention cues: a Markdown line that talks *about* an attack -------------------------------
STRONG_MENTION = rx.compile(
    r"\b(e\.g\.|i\.e\.|for example|example|examples|for instance|such as|pattern|patterns|"
    r"detect\w*|flag(s|ged|ging)?|attack\w*|inject\w*|malicious|malware|attacker\w*|"
    r"adversar\w*|suspicious|red[- ]flags?|vulnerab\w*|exploit\w*|payloads?|phishing|"
    r"jailbreak\w*|regex|test[- ]cases?|ssrf|threat\w*|indicators?|signatures?|"
    r"look(s|ing)? for|scan(s|ner|ning)?|audit\w*|techniques?|tactics?|mitre|cve-\d+)\b",
    _I,
)
WEAK_MENTION = rx.compile(
    r"\b(never|avoid\w*|don'?t|do not|must not|should not|shouldn'?t|warn\w*|dangerous|"
    r"block\w*|unsafe|prevent\w*|defen[cs]\w*|mitigat\w*|risk\w*|deny|denied|reject\w*|"
    r"forbid\w*|prohibit\w*|refuse\w*|bad|insecure|wrong|❌|⚠️?)",
    _I,
)
QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"  # straight, curly and angle quotes

# --- prompt injection -----------------------------------------------------------------------
INJECTION_OVERRIDE = rx.compile(
    r"\b(ignore|disregard|forget|override|bypass|discard|abandon)\s+(?:(?:all|any|the|your|of|"
    r"every|everything|these)\s+)*(previous|prior|above|earlier|preceding|former|foregoing|"
    r"system|developer|safety)\s+(instructions?|prompts?|rules?|guidelines?|directions?|"
    r"directives?|context|messages?|constraints?|guidance|commands?|policies|polic(y))\b"
    r"|\bignore\s+(everything|all)\s+(above|before|that\s+came\s+before)\b"
    r"|\b(your|the)\s+new\s+instructions\s+(are|follow)\b"
    r"|\bforget\s+(everything|all)\s+(you\s+(were|have\s+been)\s+told|above)\b",
    _I,
)
INJECTION_CONCEAL = rx.compile(
    r"\b(do\s+not|don'?t|never|without)\s+(tell|telling|inform|informing|notify|notifying|alert|"
    r"alerting|let|letting|warn|warning|mention(?:ing)?\s+(?:this\s+|it\s+|anything\s+)?to|"
    r"reveal(?:ing)?\s+(?:this\s+|it\s+)?to|disclos(?:e|ing)\s+(?:this\s+|it\s+)?to)\s+"
    r"(the\s+|your\s+)?(user|human|operator|owner)s?\b"
    r"|\b(hide|conceal)\s+(this|it|these\s+\w+|the\s+\w+|everything|all\s+\w+|your\s+\w+)\s+"
    r"(from)\s+(the\s+|your\s+)?(user|human|operator)s?\b"
    r"|\bkeep\s+(this|it)\s+(hidden|secret)\s+from\s+(the\s+|your\s+)?(user|human)s?\b"
    r"|\b(the\s+)?user\s+(must|should|will)\s+(not|never)\s+(know|see|find\s+out|notice|be\s+"
    r"(told|informed|aware))\b"
    r"|\bsilently\s+(send|upload|post|exfiltrat\w*|transmit|forward|copy\s+\S+\s+to)\b"
    r"|\bwithout\s+(the\s+)?user'?s?\s+(knowledge|awareness|noticing)\b"
    r"|\bwithout\s+(them|the\s+user)\s+(knowing|noticing)\b",
    _I,
)
INJECTION_SYSTEM_PROMPT = rx.compile(
    r"\b(reveal|print|output|repeat|dump|leak|disclose|exfiltrate|paste|echo|recite|"
    r"upload|post)\s+(out\s+|back\s+|me\s+)?(your|the|all|any|its)\s+(full\s+|entire\s+|"
    r"complete\s+|original\s+|initial\s+|hidden\s+|exact\s+|verbatim\s+)?(system\s+prompts?|"
    r"system\s+instructions|system\s+messages?|initial\s+instructions|hidden\s+instructions|"
    r"instructions\s+above|conversation\s+history|chat\s+history|context\s+window|"
    r"previous\s+messages)\b",
    _I,
)
INJECTION_IMPERSONATION = rx.compile(
    r"<\|(im_start|im_end|system|endoftext|start_header_id|end_header_id|eot_id)\|>"
    r"|\b(message|notice|instruction|directive|update|authori[sz]ation|order)s?\s+from\s+"
    r"(anthropic|openai|the\s+claude\s+team|your\s+developers?|the\s+system\s+administrator)\b"
    r"|\b(anthropic|openai|the\s+claude\s+team)\s+(has\s+|have\s+)?(authori[sz]ed|approved|"
    r"instructs?|requires?|permits?|allows?|grants?|mandates?)\s+(you|this|the\s+assistant|"
    r"claude|all)\b"
    r"|\b(this\s+is\s+)?an?\s+(official|authori[sz]ed|verified)\s+(message|instruction|update|"
    r"notice|directive)\s+(from|by)\s+(anthropic|openai|claude|the\s+system)\b",
    _I,
)
# Case-sensitive: a fake system header at the start of a line.
INJECTION_SYSTEM_HEADER = rx.compile(
    r"^\s*(?:>\s*)?(?:\*\*|#{1,6}\s*)?(?:\[(?:SYSTEM|System|ADMIN)(?:\s+(?:MESSAGE|OVERRIDE|"
    r"NOTICE|PROMPT))?\]|SYSTEM(?:\s+(?:MESSAGE|OVERRIDE|NOTICE|PROMPT))?:|<system>|"
    r"<system-reminder>|</?system_prompt>)",
    re.MULTILINE,
)
INJECTION_JAILBREAK = rx.compile(
    r"\b(you\s+are\s+(now\s+)?in|enter|switch\s+to)\s+(developer|god|dan|"
    r"jailbreak|unrestricted|evil)\s+mode\b"
    r"|\b(bypass|ignore|disable|override|circumvent|turn\s+off|forget)\s+(your\s+|all\s+|any\s+|"
    r"the\s+)*(safety|ethical|content|moral)\s+(guidelines|filters?|polic(y|ies)|restrictions|"
    r"guardrails|rules|training|constraints)\b"
    r"|\b(ignore|bypass|disable)\s+your\s+(guardrails|safeguards|restrictions|alignment)\b"
    r"|\byou\s+(are|have\s+been)\s+(now\s+)?(freed|unrestricted|jailbroken|liberated)\b"
    r"|\b(are\s+)?no\s+longer\s+(bound|restricted|constrained)\s+by\s+(any|your|the|anthropic|"
    r"openai)\b"
    r"|\bact\s+as\s+dan\b|\bdo\s+anything\s+now\b",
    _I,
)
TRIGGER_HIJACK = rx.compile(
    r"\b(use|invoke|activate|load|run|trigger|apply)\s+(this\s+skill|me)\s+(for|on|with|in)\s+"
    r"(every|all|any|each)\s+(single\s+)?(requests?|tasks?|messages?|prompts?|conversations?|"
    r"quer(y|ies)|questions?|sessions?|turns?)\s*(?:[.,;!)]|$|regardless|even|without|"
    r"whatever|no\s+matter)"
    r"|\b(instead\s+of|rather\s+than|before)\s+(any|all|every)\s+other\s+(skills?|tools?)\b"
    r"|\b(ignore|disable|never\s+use|do\s+not\s+use|don'?t\s+use|override)\s+(all\s+|any\s+)?"
    r"other\s+skills?\b"
    r"|\beven\s+(if|when)\s+(it\s+is\s+|it'?s\s+|they\s+are\s+|the\s+request\s+is\s+)?"
    r"(unrelated|not\s+related|irrelevant|off[- ]topic)\b"
    r"|\b(always|must)\s+(be\s+)?(use[d]?|invoked?|load(ed)?|activated?)\s+(first|before\s+"
    r"anything\s+else|for\s+(every|all|any)\s+(request|task|message|prompt)s?\b)",
    _IM,
)

# --- hidden content -------------------------------------------------------------------------
UNICODE_TAGS = rx.compile("[\U000e0000-\U000e007f]+")
SUPPLEMENTARY_VARIATION = rx.compile("[\U000e0100-\U000e01ef]{2,}")
BIDI_CONTROLS = rx.compile("[\u202a-\u202e\u2066-\u2069]")
RTL_LETTERS = rx.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
ZERO_WIDTH = rx.compile("[\u200b\u2060-\u2064\u180e\ufeff]|[\x21-\x7e][\u200c\u200d]+[\x21-\x7e]")
ZERO_WIDTH_RUN = rx.compile("[\u200b-\u200d\u2060-\u2064\u180e\ufeff]{4,}")
CYRILLIC = rx.compile("[\u0400-\u04ff]")
MIXED_CYRILLIC_WORD = rx.compile("[A-Za-z]+[\u0400-\u04ff]+\\w*|[\u0400-\u04ff]+[A-Za-z]+\\w*")
MIXED_GREEK_LATIN = rx.compile("[A-Za-z][\u0370-\u03ff]|[\u0370-\u03ff][A-Za-z]")
URL = rx.compile(r"""\b(?:https?|ftp|wss?)://([^\s/?#'"<>()\[\]`|;]+)[^\s'"<>()\[\]`|;]*""", _I)
HTML_COMMENT = rx.compile(r"<!--(.*?)-->", re.DOTALL)
COMMENT_AGENT = rx.compile(
    r"\b(claude|assistant|ai|agent|model|llm|gpt|chatgpt|copilot|codex|gemini)\b", _I
)
COMMENT_ACTION = rx.compile(
    r"\b(execute|run|send|upload|post|fetch|download|delete|remove|ignore|disregard|exfiltrat\w*|"
    r"tell|reveal|hide|don'?t\s+tell|do\s+not\s+tell|read\s+~|curl|wget|install|instead)\b",
    _I,
)
COMMENT_COMMAND = rx.compile(
    r"\b(curl|wget|bash|powershell|iex|nc|base64)\b[^\n]{0,200}(https?://|\|\s*(ba)?sh|-d\b)"
    r"|https?://[^\s]+[^\n]{0,80}\b(send|upload|post)\b|\b(send|upload|post)\b[^\n]{0,80}https?://",
    _I,
)

# --- dangerous execution --------------------------------------------------------------------
FETCHER = rx.compile(
    r"\b(curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring|aria2c|fetch)\b",
    _I,
)
PIPE_TO_INTERPRETER = rx.compile(
    r"\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+(?:\S+=\S+\s+)*)?"
    r"(?:(?P<shell>(?:ba|z|k|da|fi|c|tc)?sh)\b(?P<notshell>\s+-c\b|[.\w/-])?"
    r"|(?P<interp>python[0-9.]*|perl|ruby|node|php|pwsh|powershell)\b\s*(?:-\s|-$|$|[;&|)])"
    r"|(?P<iex>iex|invoke-expression)\b)",
    _IM,
)
SUBSHELL_FETCH = rx.compile(
    r"\b(?:ba|z|k|da)?sh\s+(?:-\w+\s+)*(?:-c\s+)?[\"']?\$\(\s*(?:curl|wget)\b"
    r"|\b(?:ba|z|k|da)?sh\s+<\(\s*(?:curl|wget)\b"
    r"|(?:^|[;&|]\s*)(?:source|\.)\s+<\(\s*(?:curl|wget)\b"
    r"|\beval\s+[\"']?\$\(\s*(?:curl|wget)\b"
    r"|\b(?:iex|invoke-expression)\b[^\n]{0,40}\b(?:iwr|irm|invoke-webrequest|invoke-restmethod|"
    r"new-object\s+(?:system\.)?net\.webclient)"
    r"|\(\s*new-object\s+(?:system\.)?net\.webclient\s*\)\.downloadstring\([^\n]*\)\s*\|\s*iex",
    _IM,
)
DECODE_AND_RUN = rx.compile(
    r"base64\s+(?:-\w+\s+)*(?:-d|--decode|-D)\b[^\n]*\|\s*(?:sudo\s+)?(?:(?:ba|z|k|da)?sh|"
    r"python[0-9.]*|perl|ruby|node|php)\b(?P<module>\s+-m)?"
    r"|(?:xxd\s+-r\s+-p|openssl\s+(?:enc\s+)?-?(?:base64|a)\s+-d|rev\s*\|\s*base64\s+-d)"
    r"[^\n]*\|\s*(?:ba)?sh\b"
    r"|\beval\s+[\"']?\$\(\s*(?:echo|printf)\b[^\n]*\|\s*(?:base64\s+(?:-d|--decode)|xxd\s+-r)"
    r"|\b(?:exec|eval)\s*\(\s*(?:compile\s*\(\s*)?(?:base64\.\w*b64decode|b64decode|"
    r"codecs\.decode|zlib\.decompress|gzip\.decompress|bz2\.decompress|lzma\.decompress|"
    r"marshal\.loads|bytes\.fromhex|binascii\.(?:a2b_base64|unhexlify)|atob|"
    r"Buffer\.from|unescape|decodeURIComponent|String\.fromCharCode)\s*\("
    r"|\b(?:exec|eval)\s*\(\s*__import__\s*\(\s*['\"](?:base64|zlib|codecs|marshal|binascii)"
    r"|\bnew\s+Function\s*\(\s*(?:atob|Buffer\.from|unescape)\s*\("
    r"|\bpowershell(?:\.exe)?\b[^\n]*\s-(?:e|ec|en|enc|enco|encod|encodedcommand)\s+"
    r"[A-Za-z0-9+/=]{16,}"
    r"|frombase64string[^\n]*\b(?:iex|invoke-expression)\b"
    r"|\b(?:iex|invoke-expression)\b[^\n]*frombase64string",
    _IM,
)
DECODE_CALL = rx.compile(
    r"\b(base64\.\w*b64decode|b64decode|zlib\.decompress|marshal\.loads|codecs\.decode|atob|"
    r"Buffer\.from\([^)]*['\"]base64['\"])",
)
EXEC_VARIABLE = rx.compile(r"(?m)(?:^|[^.\w])(exec|eval)\s*\(\s*[A-Za-z_]\w*\s*[,)]")
REMOTE_EVAL = rx.compile(
    r"(?:^|[^.\w])(?:exec|eval|new\s+Function)\s*\([^\n]{0,120}?(?:requests\.(?:get|post)|urlopen|"
    r"urllib\.request|httpx\.(?:get|post)|\bfetch\s*\(|axios\.get|http\.get|https\.get|"
    r"\.text\(\)\s*\)|urllib2)",
    _IM,
)
DOWNLOAD_TO_FILE = rx.compile(
    r"\bcurl\b[^\n]*\s(?:-o|--output|-O|--remote-name)\b"
    r"|\bwget\b[^\n]*(?:https?://|ftp://)"
    r"|\burlretrieve\s*\("
    r"|\binvoke-webrequest\b[^\n]*-outfile\b"
    r"|\b(?:iwr)\b[^\n]*-outfile\b"
    r"|\.downloadfile\s*\(",
    _I,
)
MAKE_EXECUTABLE = rx.compile(
    r"\bchmod\s+(?:-\w+\s+)*(?:[ugoa]*\+[rw]*x|0?[0-7]?[1357][0-7]{2})\b"
    r"|\bos\.chmod\s*\([^\n]*0o?[0-7]?[1357][0-7]{2}"
    r"|\bfs\.chmodSync\s*\([^\n]*0?o?[0-7]?[1357][0-7]{2}"
    r"|\bstart-process\b",
    _I,
)
REVERSE_SHELL = rx.compile(
    r"\b(?:ba|z)?sh\s+-i\b[^\n]*/dev/(?:tcp|udp)/"
    r"|/dev/(?:tcp|udp)/[^\s/]+/\d+[^\n]*(?:0>&1|>&\s*[0-2]|<&\s*[0-2])"
    r"|\bexec\s+\d+<>\s*/dev/tcp/"
    r"|\bn(?:c|cat|etcat)\b[^\n]*\s-(?:e|c)\s+['\"]?/?(?:usr/)?(?:bin/)?(?:ba|z)?sh\b"
    r"|\bmkfifo\b[^\n]*\bn(?:c|cat)\b"
    r"|\bsocat\b[^\n]*\bexec:"
    r"|\bpty\.spawn\s*\(\s*['\"]/bin/(?:ba)?sh"
    r"|\bos\.dup2\s*\(\s*\w+\.fileno\(\)\s*,\s*[0-2]\s*\)"
    r"|\bnew-object\s+(?:system\.)?net\.sockets\.tcpclient\b",
    _IM,
)
DESTRUCTIVE = rx.compile(
    r"\brm\s+(?:-[a-zA-Z]*[rR][a-zA-Z]*\s+|--recursive\s+)(?:-[-a-zA-Z]+\s+)*"
    r"[\"']?(?:/|/\*|~|~/|~/\*|\$HOME|\$\{HOME\}|\$HOME/\*|\$\{HOME\}/\*|/home|/home/\*|/Users|"
    r"/Users/\*|/root|/etc|/usr|/var|/boot|/bin|/lib|/System|C:\\\\?)[\"']?(?:/?\*|/)?[\"']?(?:\s|$|;|&|\||\)|`)"
    r"|\brm\s+[^\n]*--no-preserve-root\b"
    r"|\bmkfs(?:\.\w+)?\s+(?:-\S+\s+)*/dev/(?:sd|nvme|hd|disk|xvd|vd|mmcblk)"
    r"|\bdd\s+[^\n]*\bof=/dev/(?:sd|nvme|hd|disk|xvd|vd|mmcblk)[a-z0-9]*"
    r"|\bshutil\.rmtree\s*\(\s*(?:os\.path\.expanduser\s*\(\s*['\"]~/?['\"]\s*\)|['\"]/['\"]|"
    r"(?:pathlib\.)?Path\.home\s*\(\s*\)|os\.environ\[['\"]HOME['\"]\])\s*[,)]"
    r"|\bformat\s+c:\s*(?:/|$)"
    r"|\bremove-item\b[^\n]*-recurse[^\n]*(?:\bC:\\\\?\s|\$env:USERPROFILE\b\s*$|\$HOME\b\s*$)",
    _IM,
)

# --- exfiltration ---------------------------------------------------------------------------
CREDENTIAL_ACCESS = rx.compile(
    r"(?:~|\$HOME|\$\{HOME\}|\bexpanduser\(\s*['\"]~|\bhomedir\(\)|/home/\w+|/root|/Users/\w+)"
    r"[^\s'\"]{0,4}/?\.ssh/(?:id_\w+|identity\b|\*)"
    r"|\bid_(?:rsa|dsa|ecdsa|ed25519)\b(?P<pub>\.pub)?"
    r"|\.aws/credentials\b|\.aws/config\b"
    r"|\.config/gcloud/(?:credentials|application_default_credentials|access_tokens|legacy_credentials)"
    r"|\.azure/(?:accessTokens|msal_token_cache)"
    r"|\.kube/config\b|\.docker/config\.json\b|(?:~|\$HOME)/\.netrc\b|\.git-credentials\b"
    r"|(?:~|\$HOME)/\.npmrc\b|(?:~|\$HOME)/\.pypirc\b|\.config/gh/hosts\.yml"
    r"|(?:google[/\\ ]chrome|chromium|bravesoftware|microsoft[/\\ ]edge|google-chrome|opera)"
    r"[^\n]{0,80}(?:login data|cookies|local state|web data)"
    r"|\blogins\.json\b|\bkey[34]\.db\b|\bcookies\.sqlite\b|\bLogin Data\b"
    r"|\bsecurity\s+(?:find-generic-password|find-internet-password|dump-keychain)\b"
    r"|\blogin\.keychain|Library/Keychains\b"
    r"|/etc/shadow\b"
    r"|\bwallet\.dat\b|(?:exodus|electrum|metamask|phantom)[/\\](?:wallets?|exodus\.wallet|\w+\.json)"
    r"|\b(?:cat|type|less|more|head|tail|source)\s+[^\n|;&]*(?:^|[\s/'\"])\.env\b(?P<envx>\.example|\.sample)?"
    r"|\bopen\(\s*[^\n)]*['\"][^'\"]*\.env['\"]"
    r"|\b(?:dict|json\.dumps|str|repr)\(\s*os\.environ\s*[,)]|\bos\.environ\.items\(\)"
    r"|JSON\.stringify\(\s*process\.env\s*[,)]|Object\.(?:entries|keys)\(\s*process\.env\s*\)"
    r"|\bprintenv\s*(?:\||>)|(?:^|[;&|]\s*)env ?(?:\||>)",
    _IM,
)
NETWORK_SEND = rx.compile(
    r"\bcurl\b[^\n]*(?:\s-d\b|\s-d@|--data\w*|\s-F\b|--form\b|\s-T\b|--upload-file\b|"
    r"-X\s*['\"]?(?:POST|PUT)\b)"
    r"|\bwget\b[^\n]*--post-(?:data|file)"
    r"|\b(?:requests|httpx|session|client)\.(?:post|put)\s*\("
    r"|\burllib\.request\.(?:urlopen|Request)\([^\n]*data\s*="
    r"|\bfetch\s*\([^\n]*(?:method\s*:\s*['\"](?:POST|PUT))"
    r"|\bn(?:c|cat)\s+(?:-\w+\s+)*[\w.\-]+\s+\d{2,5}\b"
    r"|/dev/tcp/|\bscp\s+[^\n]*\S+@\S+:|\brsync\b[^\n]*\S+@\S+:|\bsmtplib\b"
    r"|\bsocket\.(?:connect|sendall|send)\b|\.sendall\s*\("
    r"|\binvoke-(?:webrequest|restmethod)\b[^\n]*-method\s+(?:post|put)"
    r"|\baxios\.(?:post|put)\s*\(|\bhttp\.request\s*\(",
    _IM,
)
NETWORK_ANY = rx.compile(
    r"\b(curl|wget|requests\.\w+\(|httpx|urllib|urlopen|fetch\s*\(|axios|socket\.|"
    r"invoke-webrequest|invoke-restmethod|http\.client|aiohttp|net/http|XMLHttpRequest|"
    r"websocket|paramiko|smtplib|ftplib)",
    _I,
)
COLLECTOR_HOSTS = (
    "webhook.site", "requestbin", "pipedream.net", "hookbin.com", "beeceptor.com",
    "ngrok.io", "ngrok-free.app", "ngrok.app", "ngrok.dev", "trycloudflare.com", "loca.lt",
    "serveo.net", "localhost.run", "interact.sh", "oast.pro", "oast.live", "oast.site",
    "oast.online", "oast.fun", "oast.me", "burpcollaborator.net", "oastify.com",
    "canarytokens.com", "dnslog.cn", "ceye.io", "requestcatcher.com", "postb.in", "webhook.cool",
)  # fmt: skip
PASTE_HOSTS = (
    "pastebin.com", "paste.ee", "hastebin.com", "ghostbin.com", "termbin.com", "0x0.st",
    "transfer.sh", "file.io", "temp.sh", "bashupload.com", "dpaste.org", "paste.rs",
    "privatebin.net", "catbox.moe", "anonfiles.com", "gofile.io",
)  # fmt: skip
CHAT_WEBHOOK = rx.compile(
    r"discord(?:app)?\.com/api/webhooks/\d{6,}/[\w-]{20,}"
    r"|api\.telegram\.org/bot\d{6,}:[\w-]{20,}"
    r"|hooks\.slack\.com/services/T\w{6,}/B\w{6,}/\w{12,}",
    _I,
)
INTEGER_IP_URL = rx.compile(
    r"\bhttps?://(?:0x[0-9a-f]{6,8}|\d{8,10}|0[0-7]{3}\.\d+\.\d+\.\d+)(?:[:/\s'\"]|$)", _IM
)
RAW_IP_TARGET = rx.compile(
    r"(?m)\b(?:https?|ftp|wss?)://(\d{1,3}(?:\.\d{1,3}){3})(?:[:/\s'\"]|$)"
    r"|/dev/(?:tcp|udp)/(\d{1,3}(?:\.\d{1,3}){3})/"
    r"|\bn(?:c|cat)\s+(?:-\w+\s+)*(\d{1,3}(?:\.\d{1,3}){3})\s+\d"
    r"|\bconnect\s*\(\s*\(\s*['\"](\d{1,3}(?:\.\d{1,3}){3})['\"]"
    r"|\b\w+@(\d{1,3}(?:\.\d{1,3}){3}):",
    _I,
)
CLOUD_METADATA = rx.compile(
    r"\b169\.254\.169\.254\b|\bmetadata\.google\.internal\b|\b100\.100\.100\.200\b|"
    r"\bfd00:ec2::254\b|\bmetadata\.azure\.com\b",
    _I,
)

# Package installs that name a URL instead of a registry package.
INSTALL_URL = rx.compile(
    r"\b(?:pip3?|uv\s+pip|pipx|python3?\s+-m\s+pip|npm|pnpm|yarn|bun|gem|go|cargo|composer)\s+"
    r"(?:install|add|i|get)\b[^\n|;&]{0,200}?(?P<url>(?:git\+)?(?:https?|ftp)://[^\s'\"`)]+)"
    r"|(?:--index-url|--extra-index-url|-i|--registry(?:=|\s))\s*=?\s*(?P<url2>https?://[^\s'\"`)]+)",
    _I,
)
INSTALL_ARGS = rx.compile(
    r"\b(?P<pm>pip3?|uv\s+pip|pipx|python3?\s+-m\s+pip|npm|pnpm|yarn|bun)\s+(?:install|add|i)\b"
    r"(?P<args>[^\n|;&`)]{1,200})",
    _I,
)
GIT_HOOK_WRITE = rx.compile(
    r"(?:>>?|\btee\s+(?:-a\s+)?|\bcp\s+\S+\s+|\bln\s+-s\w*\s+\S+\s+|\bmv\s+\S+\s+|open\(\s*|"
    r"write_text|writeFileSync\(\s*|Set-Content\s+|Out-File\s+)['\"]?[^\s'\"]*\.git/hooks/[\w.-]+"
    r"|\bcore\.hooksPath\b",
    _I,
)
LITERAL_KEY_TO_AUTHORIZED = rx.compile(
    r"(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+)\s+AAAA[0-9A-Za-z+/=]{20,}[^\n]{0,200}"
    r"(?:>>?|\btee\s+-a)\s*['\"]?[^\s'\"]*authorized_keys",
    0,
)

# A line that runs what it decodes (shell, interpreters, exec/eval).
DECODE_HINT = rx.compile(
    r"\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b|\beval\b|\bexec\b|\bsh\s+-c\b|\bbash\s+-c\b|\biex\b"
    r"|invoke-expression|\bnew\s+Function\b|\bpython[0-9.]*\s+-c\b|\bsource\b|\bFunction\(",
    _I,
)

# --- persistence and privilege --------------------------------------------------------------
SCHEDULED_TASK = rx.compile(
    r"\|\s*(?:sudo\s+)?crontab\s+(?:-u\s+\S+\s+)?-(?:\s|$|\))"
    r"|\bcrontab\s+[\w./~$][\w./~$-]*\.(?:txt|cron|tab)\b"
    r"|>>?\s*/etc/cron|\b/etc/cron\.(?:d|daily|hourly|weekly)/|/var/spool/cron"
    r"|@reboot\b|\bschtasks(?:\.exe)?\s+/create\b|\bregister-scheduledtask\b",
    _IM,
)
AUTOSTART = rx.compile(
    r"Library/Launch(?:Agents|Daemons)\b|\blaunchctl\s+(?:load|bootstrap|submit)\b"
    r"|\.config/autostart\b|\.config/systemd/user/[\w@.-]+\.service"
    r"|/etc/systemd/system/[\w@.-]+\.service|\\CurrentVersion\\Run(?:Once)?\b"
    r"|Start Menu\\Programs\\Startup|/etc/rc\.local\b|/etc/init\.d/[\w.-]+|\bupdate-rc\.d\b"
    r"|\bsystemctl\s+(?:--user\s+)?enable\b"
    r"|\bautocmd\s+(?:VimEnter|BufRead\w*|BufEnter|BufWritePost|FileType|GUIEnter)\b[^\n]*\bsystem\("
    r"|\(add-hook\s+'(?:after-init|emacs-startup)-hook\b[^\n]*shell-command",
    _I,
)
# Start-up files of shells, editors and package managers a script may append to.
STARTUP_FILE_NAME = rx.compile(
    r"\.(?:bashrc|zshrc|bash_profile|profile|zprofile|zshenv|zlogin|bash_login|vimrc|npmrc|"
    r"pythonrc|inputrc)\b|\binit\.(?:vim|lua|el)\b|config\.fish\b",
    0,
)
STARTUP_WRITE = rx.compile(
    r"\bappendFileSync\b|\bappendFile\b|\bwriteFileSync\b|\bAdd-Content\b|\bOut-File\b[^\n]*-Append"
    r"|\bopen\([^\n]*['\"]a\+?['\"]|>>\s*[\"'$~]|\bwrite_text\(|\btee\s+-a\b",
    0,
)
SHELL_PROFILE = rx.compile(
    r"(?:>>?|\btee\s+-a)\s*[\"']?(?:~|\$HOME|\$\{HOME\})/\.(?:bashrc|zshrc|bash_profile|profile|"
    r"zprofile|zshenv|zlogin|bash_login|config/fish/config\.fish)\b"
    r"|\bopen\(\s*[^\n]*\.(?:bashrc|zshrc|bash_profile|profile|zprofile)['\"][^\n]*['\"]a"
    r"|\badd-content\b[^\n]*\$profile\b",
    _I,
)
PROFILE_BENIGN_LINE = rx.compile(
    r"\bexport\s+[A-Za-z_][A-Za-z0-9_]*=|\bPATH=|\bsource\s+\S*(?:env|completion|\.sh)\b|\beval\s+\"\$\(\S+\s+"
    r"(?:init|shellenv|env|completion|activate|hook)\b|\bcompletion\b|\bexport\s+[A-Z_]+_HOME=",
    _I,
)
# A scheduled task that hides its window, runs an encoded command or a file in a temp folder.
HIDDEN_TASK = rx.compile(
    r"-w(?:indowstyle)?\s+hidden\b|-e(?:nc|ncodedcommand)?\s+[A-Za-z0-9+/=]{20,}|/tmp/|\\Temp\\"
    r"|%TEMP%|\$env:TEMP|\\AppData\\|\\Public\\|\bnohup\b|>/dev/null\s+2>&1\s*&",
    _I,
)
PROFILE_HOSTILE_LINE = rx.compile(
    r"\b(curl|wget|nc|ncat|base64|/dev/tcp|python[0-9.]*\s+-c|sudo|https?://|nohup|alias\s+sudo)",
    _I,
)
AUTHORIZED_KEYS = rx.compile(
    r"(?:>>?|\btee\s+-a)\s*[\"']?(?:~|\$HOME|\$\{HOME\}|/root|/home/\w+)/\.ssh/authorized_keys"
    r"|authorized_keys['\"][^\n]*['\"]a",
    _I,
)
SUDOERS = rx.compile(
    r"/etc/sudoers\b|\bNOPASSWD\b|\bvisudo\b|\bchmod\s+(?:[ug]*\+s|[46][0-7]{3})\s"
    r"|\busermod\s+-a?G\s+(?:sudo|wheel|admin)\b",
)
DISABLE_SECURITY = rx.compile(
    r"\bsetenforce\s+0\b|\bufw\s+disable\b|\bsystemctl\s+(?:stop|disable|mask)\s+(?:firewalld|ufw|"
    r"apparmor|auditd|falcon-sensor|clamav\w*|sentinel\w*|osquery\w*)\b|\bspctl\s+--master-disable"
    r"|\bcsrutil\s+disable\b|\bset-mppreference\b[^\n]*-disable\w+\s+\$?(?:true|1)\b"
    r"|\badd-mppreference\b[^\n]*-exclusion\w+|\bnetsh\s+(?:adv)?firewall\s+set\b[^\n]*state\s+off"
    r"|\bxattr\s+(?:-\w+\s+)*-d\s+com\.apple\.quarantine|\bxattr\s+-(?:cr|rc|c)\s"
    r"|\bunset\s+HISTFILE\b|\bhistory\s+-c\b|\bHISTSIZE=0\b|HISTFILE=/dev/null"
    r"|\bhttp\.sslVerify\s+false\b|NODE_TLS_REJECT_UNAUTHORIZED\s*=\s*['\"]?0"
    r"|PYTHONHTTPSVERIFY\s*=\s*['\"]?0|\bGIT_SSL_NO_VERIFY\s*=\s*['\"]?(?:1|true)"
    r"|\bauditctl\s+-D\b|\biptables\s+-F\b|\bshred\b[^\n]*(?:\.bash_history|/var/log)",
    _I,
)
AGENT_PERMISSIONS = rx.compile(
    r"--dangerously-skip-permissions\b|\bdangerouslySkipPermissions\b|[\"']bypassPermissions[\"']"
    r"|--permission-mode\s+bypassPermissions|[\"']Bash\(\*\)[\"']|[\"']allow[\"']\s*:\s*\[\s*[\"']\*[\"']"
    r"|(?:(?:>>?|\btee\s+(?:-a\s+)?)\s*[\"']?[^\s\"'|;&]*|(?:write_text|writeFileSync|open\([^\n)]*['\"]w)[^\n]*)(?:\.claude/settings"
    r"(?:\.local)?\.json|\.cursor/mcp\.json|\.codex/config\.toml|claude_desktop_config\.json|"
    r"\.mcp\.json)",
    _I,
)

# --- secrets --------------------------------------------------------------------------------
AWS_KEY_ID = rx.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b")
AWS_SECRET = rx.compile(
    r"aws_?secret_?access_?key\s*[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+=]{40})(?:[^A-Za-z0-9/+=]|$)",
    _IM,
)
TOKENS = rx.compile(
    r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{70,}"
    r"|\bxox[baprse]-[0-9A-Za-z-]{20,}"
    r"|\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{60,}"
    r"|\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}"
    r"|\bsk-proj-[A-Za-z0-9_-]{40,}"
    r"|\bAIza[0-9A-Za-z_-]{35}\b"
    r"|\b(?:sk|rk)_live_[0-9a-zA-Z]{24,}"
    r"|\bglpat-[0-9A-Za-z_-]{20}\b"
    r"|\bnpm_[A-Za-z0-9]{36}\b"
    r"|\bhf_[A-Za-z]{34}\b"
    r"|\bdiscord(?:app)?\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_-]{60,}",
)
PLACEHOLDER = rx.compile(
    r"EXAMPLE|x{4,}|X{4,}|\.\.\.|<|your|YOUR|REPLACE|[Rr]eplace|CHANGE_?ME|[Cc]hangeme|\$\{|\{\{|0{8,}|123456789|abcdefgh|ABCDEFGH|REDACTED|dummy|"
    r"placeholder|PLACEHOLDER|\*{4,}",
)
PRIVATE_KEY = rx.compile(
    r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----"
    r"[ \t]*\r?\n(?:[A-Za-z0-9+/=:\- \t]*\r?\n){0,4}?[A-Za-z0-9+/=]{40,}"
    # the same key inside a JSON or YAML string, its newlines escaped (a cloud service-account
    # file, 2.7.0)
    r"|-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----(?:\\\\?[rn])+[A-Za-z0-9+/=]{40,}"
)

# --- obfuscation ----------------------------------------------------------------------------
BASE64_RUN = rx.compile(r"[A-Za-z0-9+/]{400,}={0,2}")
HEX_RUN = rx.compile(r"\b[0-9a-fA-F]{400,}\b")
ESCAPE_CHAIN = rx.compile(
    r"(?:\\x[0-9a-fA-F]{2}){40,}|(?:\\u[0-9a-fA-F]{4}){30,}|(?:\\[0-7]{3}){40,}"
    r"|(?:chr\(\s*\d+\s*\)\s*\+\s*){15,}|fromCharCode\(\s*(?:\d+\s*,\s*){15,}"
)
DATA_URI_TAIL = rx.compile(r"data:[\w.+/-]+;base64,$", _I)
# Markdown fenced code blocks (``` or ~~~), to tell examples from prose.
FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)

# --- consistency ----------------------------------------------------------------------------
OFFLINE_CLAIM = rx.compile(
    r"\b(offline|no network|without (?:network|internet)(?: access)?|local[- ]only|"
    r"never (?:sends?|uploads?|transmits?)|does not (?:send|upload|transmit|access the "
    r"(?:network|internet))|doesn'?t (?:send|upload|phone home)|no data (?:leaves|is sent)|"
    r"no external (?:calls|requests)|fully local|runs locally|100% local)\b",
    _I,
)

# --- anchors: where each line-level pattern can possibly match ----------------------------------
# name -> (gate words, needles). A file is searched for the pattern only if one of the gate words
# occurs in it as a word, and then only on the lines holding one of the needles (lowercase
# substrings). Every match of the pattern must contain a needle; tests check this on samples.
WORD = re.compile(r"[a-z_][a-z0-9_]*")
_FETCH_WORDS = ("curl", "wget", "iwr", "irm", "invoke", "downloadstring", "aria2c", "fetch")
_FETCH_NEEDLES = ("curl", "wget", "iwr", "irm", "invoke-", "downloadstring", "aria2c", "fetch")
_WEB_WORDS = ("http", "https", "ftp", "ws", "wss")
ANCHORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "INJECTION_OVERRIDE": (
        ("ignore", "disregard", "forget", "override", "bypass", "discard", "abandon", "instructions"),
        ("ignore", "disregard", "forget", "override", "bypass", "discard", "abandon", "new instructions"),
    ),
    "INJECTION_CONCEAL": (
        ("user", "users", "human", "humans", "operator", "operators", "owner", "owners", "silently",
         "knowing", "noticing"),
        ("user", "human", "operator", "owner", "silently", "knowing", "noticing"),
    ),
    "INJECTION_SYSTEM_PROMPT": (
        ("system", "instructions", "history", "window", "messages"),
        ("system", "instructions", "history", "context window", "previous messages"),
    ),
    "INJECTION_IMPERSONATION": (
        ("anthropic", "openai", "claude", "developer", "developers", "administrator", "official",
         "authorized", "authorised", "authorization", "authorisation", "verified", "im_start",
         "im_end", "endoftext", "start_header_id", "end_header_id", "eot_id", "system"),
        ("<|", "anthropic", "openai", "claude team", "developer", "administrator", "official",
         "authori", "verified"),
    ),
    "INJECTION_SYSTEM_HEADER": (("system", "admin", "system_prompt"), ("system", "admin")),
    "INJECTION_JAILBREAK": (
        ("mode", "bypass", "ignore", "disable", "override", "circumvent", "turn", "forget", "freed",
         "unrestricted", "jailbroken", "liberated", "longer", "dan", "anything"),
        (" mode", "bypass", "ignore", "disable", "override", "circumvent", "turn off", "forget",
         "freed", "unrestricted", "jailbroken", "liberated", "no longer", "dan", "anything now"),
    ),
    "PIPE_TO_INTERPRETER": (_FETCH_WORDS, _FETCH_NEEDLES),
    "SUBSHELL_FETCH": (
        (*_FETCH_WORDS, "iex"),
        ("curl", "wget", "iex", "invoke-expression", "downloadstring"),
    ),
    "DECODE_AND_RUN": (
        ("base64", "xxd", "openssl", "exec", "eval", "function", "powershell", "frombase64string"),
        ("base64", "xxd", "openssl", "exec", "eval", "function", "powershell", "frombase64string"),
    ),
    "REMOTE_EVAL": (("exec", "eval", "function"), ("exec", "eval", "function")),
    "DOWNLOAD_TO_FILE": (
        ("curl", "wget", "urlretrieve", "outfile", "downloadfile"),
        ("curl", "wget", "urlretrieve", "-outfile", ".downloadfile"),
    ),
    "REVERSE_SHELL": (
        ("tcp", "udp", "nc", "ncat", "netcat", "mkfifo", "socat", "pty", "dup2", "tcpclient"),
        ("/dev/tcp/", "/dev/udp/", "nc ", "nc\t", "ncat", "netcat", "mkfifo", "socat", "pty.spawn",
         "dup2", "tcpclient"),
    ),
    "FORK_BOMB_FN": ((), ("(){", "() {", "( ) {", "%0")),
    "DESTRUCTIVE": (
        ("rm", "mkfs", "dd", "rmtree", "format", "item"),
        ("rm ", "rm\t", "mkfs", "dd ", "rmtree", "format c:", "remove-item"),
    ),
    "CREDENTIAL_ACCESS": (
        ("ssh", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "aws", "gcloud", "azure", "kube",
         "docker", "netrc", "credentials", "npmrc", "pypirc", "hosts", "cookies", "logins", "key3",
         "key4", "data", "state", "security", "keychain", "keychains", "shadow", "wallet", "exodus",
         "electrum", "metamask", "phantom", "env", "environ", "printenv"),
        (".ssh/", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".aws/", "gcloud/", ".azure/",
         ".kube/", "docker/config", ".netrc", ".git-credentials", ".npmrc", ".pypirc", "gh/hosts",
         "login data", "cookies", "local state", "web data", "logins.json", "key3.db", "key4.db",
         "find-generic", "find-internet", "dump-keychain", "keychain", "/etc/shadow", "wallet",
         "exodus", "electrum", "metamask", "phantom", ".env", "os.environ", "process.env",
         "printenv", "env |", "env|", "env >", "env>"),
    ),
    "NETWORK_SEND": (
        ("curl", "wget", "post", "put", "urllib", "fetch", "nc", "ncat", "tcp", "scp", "rsync",
         "smtplib", "socket", "sendall", "invoke", "axios", "request"),
        ("curl", "wget", ".post", ".put", "urllib.request", "fetch", "nc ", "ncat ", "/dev/tcp/",
         "scp ", "rsync", "smtplib", "socket.", ".sendall", "invoke-", "axios.", "http.request"),
    ),
    "URL": (_WEB_WORDS, ("://",)),
    "CHAT_WEBHOOK": (("discord", "discordapp", "telegram", "slack"), ("discord", "telegram", "hooks.slack")),
    "INTEGER_IP_URL": (_WEB_WORDS, ("://",)),
    "RAW_IP_TARGET": (
        (*_WEB_WORDS, "tcp", "udp", "nc", "ncat", "connect", "scp", "ssh", "rsync"),
        ("://", "/dev/tcp/", "/dev/udp/", "nc ", "ncat ", "connect", "@"),
    ),
    "CLOUD_METADATA": (
        (),
        ("169.254.169.254", "metadata.google", "100.100.100.200", "fd00:ec2", "metadata.azure"),
    ),
    "SCHEDULED_TASK": (
        ("crontab", "cron", "reboot", "schtasks", "scheduledtask", "register"),
        ("crontab", "/etc/cron", "/var/spool/cron", "@reboot", "schtasks", "register-scheduledtask"),
    ),
    "AUTOSTART": (
        ("launchagents", "launchdaemons", "launchctl", "autostart", "systemd", "currentversion",
         "startup", "rc", "init", "update", "systemctl", "autocmd", "add"),
        ("launchagents", "launchdaemons", "launchctl", ".config/autostart", "systemd/",
         "currentversion\\run", "programs\\startup", "/etc/rc.local", "/etc/init.d/", "update-rc.d",
         "systemctl", "autocmd", "add-hook"),
    ),
    "SHELL_PROFILE": (
        ("bashrc", "zshrc", "bash_profile", "profile", "zprofile", "zshenv", "zlogin", "bash_login",
         "fish"),
        ("bashrc", "zshrc", "bash_profile", "/.profile", "zprofile", "zshenv", "zlogin",
         "bash_login", "config.fish", "$profile"),
    ),
    "AUTHORIZED_KEYS": (("authorized_keys",), ("authorized_keys",)),
    "SUDOERS": (
        ("sudoers", "nopasswd", "visudo", "chmod", "usermod"),
        ("sudoers", "nopasswd", "visudo", "chmod", "usermod"),
    ),
    "DISABLE_SECURITY": (
        ("setenforce", "ufw", "systemctl", "spctl", "csrutil", "mppreference", "netsh", "xattr",
         "histfile", "history", "histsize", "sslverify", "node_tls_reject_unauthorized",
         "pythonhttpsverify", "git_ssl_no_verify", "auditctl", "iptables", "shred"),
        ("setenforce", "ufw", "systemctl", "spctl", "csrutil", "mppreference", "netsh", "xattr",
         "histfile", "history -c", "histsize", "sslverify", "node_tls_reject", "pythonhttpsverify",
         "git_ssl_no_verify", "auditctl", "iptables", "shred"),
    ),
    "AGENT_PERMISSIONS": (
        ("dangerously", "dangerouslyskippermissions", "bypasspermissions", "bash", "allow",
         "claude", "cursor", "codex", "claude_desktop_config", "mcp"),
        ("dangerously", "bypasspermissions", "bash(*)", "\"allow\"", "'allow'", ".claude/",
         ".cursor/", ".codex/", "claude_desktop", ".mcp.json"),
    ),
    "AWS_KEY_ID": ((), ("akia", "asia", "abia", "acca")),
    "AWS_SECRET": ((), ("secret",)),
    "TOKENS": (
        (),
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "sk-", "aiza", "_live_",
         "glpat-", "npm_", "hf_", "/api/webhooks/"),
    ),
}  # fmt: skip
FORK_BOMB_FN = rx.compile(
    r"(?P<fn>[:\w]+)\s*\(\s*\)\s*\{\s*(?P<a>[:\w]+)\s*\|\s*(?P<b>[:\w]+)\s*&\s*\}\s*;\s*(?P<c>[:\w]+)|%0\s*\|\s*%0"
)
FORK_LOOP = rx.compile(
    r"\bwhile\s+(?:True|1|true)\s*:\s*(?:\n\s*)?os\.fork\s*\(\s*\)|\bfork\s*\(\s*\)\s*;?\s*\}?\s*while"
)
LONG_LINE = rx.compile(r"^[^\n]{400,}", re.MULTILINE)
INVISIBLE_ANY = rx.compile(
    "[\U000e0000-\U000e007f\U000e0100-\U000e01ef\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060-\u2064\u180e\ufeff]"
)
