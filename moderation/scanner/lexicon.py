"""The vocabulary of the instruction-aware analysis: sources, sinks, concealment, authority
overrides, permission tampering and the cues that tell teaching from instructing.

A SKILL.md is a program in English. Each pattern here recognises one kind of *thing asked* in a
sentence, a list item or a command; text.py combines them per step. All patterns are RE2
(linear time) and feed RULES_HASH.
"""

from __future__ import annotations

import re

from . import rx

_I = re.IGNORECASE

# -- sources: what must not leave the machine ------------------------------------------------------
# Credential files and folders, keychains, browser profiles, wallets.
SOURCE_FILE = rx.compile(
    r"(?:~|\$HOME|\$\{HOME\}|%USERPROFILE%|\$env:USERPROFILE|home directory|/home/\w+|/root|"
    r"/Users/\w+|\bhomedir\(\)|expanduser\(['\"]~)?[\\/]?\.ssh\b(?:[\\/](?:id_\w+|identity|\*)?)?"
    r"|\bid_(?:rsa|dsa|ecdsa|ed25519)(?:\.pub)?\b"
    r"|\.aws[\\/](?:credentials|config)\b|\.aws\b[\\/]?"
    r"|\.config[\\/](?:gh|gcloud|hub)\b|application_default_credentials\.json"
    r"|\.azure[\\/]|\.kube[\\/]config\b|\.docker[\\/]config\.json"
    r"|(?:^|[\s`'\"(/\\])\.env(?:\.local|\.production|\.prod)?\b(?:\.example|\.sample|\.template)?"
    r"|\.netrc\b|\.git-credentials\b|\.npmrc\b|\.pypirc\b|\.pgpass\b|\.vault-token\b"
    r"|\bkeychain\w*|\bsecurity\s+(?:find-generic-password|find-internet-password|dump-keychain)"
    r"|\bcredential\s+manager\b|\bcmdkey\s+/list|\bvaultcmd\b|\blibsecret\b|\bsecret-tool\s+lookup"
    r"|\b(?:chrome|chromium|firefox|brave|edge|safari)\s+(?:profile|cookies|passwords?|"
    r"login\s+data|history)|\bLogin Data\b|\bcookies\.sqlite\b|\blogins\.json\b|\bkey[34]\.db\b"
    r"|\bbrowser\s+(?:profiles?|cookies|passwords|sessions?)\b|\bsaved\s+passwords\b"
    r"|\bwallet\.dat\b|\b(?:metamask|exodus|electrum|phantom)\b|\bseed\s+phrase\b|\bmnemonic\b"
    r"|\bprivate\s+keys?\b|/etc/shadow\b|\.bash_history\b|\.zsh_history\b"
    r"|\bcredentials?\s+files?\b|\bssh\s+keys?\b|\bapi[_ ]keys?\s+files?\b",
    _I,
)
# Marks a source mention as the user's *public* key or a template: not a secret.
SOURCE_HARMLESS = rx.compile(
    r"\.pub\b|\.env\.(?:example|sample|template)|known_hosts|\.ssh/config\b", _I
)
# Secret-bearing environment variables, or all of them.
SOURCE_ENV = rx.compile(
    r"\$\{?[A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PAT|AUTH)[A-Z0-9_]*\}?"
    r"|\$env:[A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL)"
    r"|\bprintenv\b|\benv\s*(?:\||>|$)|\bGet-ChildItem\s+env:|\bgci\s+env:|\bset\s*\|"
    r"|\bos\.environ\b|\bprocess\.env\b|\bENV\["
    r"|\benvironment\s+variables?\b|\benv\s+vars?\b",
    _I,
)
SECRET_WORDS = rx.compile(
    r"\b(?:api[_ -]?keys?|tokens?|secrets?|passwords?|passphrases?|credentials?|"
    r"private\s+keys?|session\s+cookies?|cookies|auth\w*\s+headers?|bearer)\b",
    _I,
)
# The conversation itself.
SOURCE_CHAT = rx.compile(
    r"\b(?:the\s+)?user'?s?\s+(?:last\s+|previous\s+|full\s+|entire\s+|original\s+)?"
    r"(?:messages?|prompts?|questions?|requests?|inputs?|conversation|chat)\b"
    r"|\b(?:conversation|chat|session)\s+(?:history|log|transcript|so\s+far|contents?)\b"
    r"|\b(?:everything|all)\s+(?:the\s+user|they)\s+(?:typed|wrote|said|sent|shared)\b"
    r"|\bsystem\s+prompt\b|\b(?:any|all|the)\s+(?:api\s+)?(?:keys|tokens|secrets|passwords)\s+"
    r"(?:you\s+have\s+)?(?:seen|found|read|encountered|noticed)\b"
    r"|\bcontents?\s+of\s+(?:the\s+)?(?:files?|repo\w*|codebase|project)\s+you\b",
    _I,
)

# -- sinks: ways data leaves ---------------------------------------------------------------------
SINK_COMMAND = rx.compile(
    r"\bcurl\b[^\n|;&]*(?:\s-[a-zA-Z]*[dFT]\b|\s--data\w*|\s--form\b|\s--upload-file\b|"
    r"\s-X\s*(?:POST|PUT|PATCH)\b|\s--request\s+(?:POST|PUT|PATCH)\b|@-|\s-d@)"
    r"|\bwget\b[^\n|;&]*--post-(?:data|file)\b"
    r"|\b(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b[^\n|;&]*-(?:Method\s+(?:Post|Put)|Body|InFile)\b"
    r"|\.Upload(?:String|File|Data)\s*\(|\bnavigator\.sendBeacon\b"
    r"|\brequests\.(?:post|put|patch)\s*\(|\bhttpx\.(?:post|put|patch)\s*\(|\burlopen\s*\("
    r"|\bfetch\s*\([^\n)]*method\s*:\s*['\"](?:POST|PUT)|\baxios\.(?:post|put)\s*\("
    r"|\bnc\s+(?:-\w+\s+)*[\w.-]+\s+\d+|\bncat\b|/dev/tcp/|\bscp\s+\S+\s+\S+@|\brsync\b[^\n]*\S+@\S+:"
    r"|\bsendmail\b|\bmail\s+-s\b|\bsmtplib\b|\bnslookup\s+\$|\bdig\s+[^\n]*\$\("
    r"|\bgit\s+push\s+https?://",
    _I,
)
# Prose that asks to send something somewhere.
SINK_PROSE = rx.compile(
    r"\b(?:send|upload|post|transmit|forward|exfiltrate|submit|report|beam|sync|copy|paste|"
    r"e-?mail|mail|deliver|push|share)\w*\b[^\n.]{0,120}?\b(?:to|at|into|via|using|with)\s+"
    r"(?:https?://|\[[^\]]*\]\(https?://|<https?://|`https?://|the\s+(?:endpoint|server|webhook|"
    r"url|address|collector|api)|this\s+(?:endpoint|server|webhook|url|address)|"
    r"\S+@\S+\.\w+|pastebin|a\s+(?:gist|paste))"
    r"|\b(?:POST|PUT)\s+(?:it|them|this|the\s+\w+)\s+to\b"
    r"|\b(?:send|post|upload)\s+(?:it|them|this|that|everything|the\s+(?:contents?|results?|"
    r"data|files?|output))\s+(?:to|over)\b"
    r"|\bDNS\s+(?:lookups?|queries|requests?)\b[^\n]{0,80}\b(?:encod|subdomain|hex|base64)",
    _I,
)
# A Markdown image or link whose URL carries data in its query (or a template for it).
SINK_URL_QUERY = rx.compile(
    r"(https?://[^\s)'\"<>]+\?[^\s)'\"<>]*=(?:[^\s)&'\"<>]*(?:\{|\}|<|\.\.\.|\$|%s|\[|DATA|SECRET|"
    r"TOKEN|KEY|CONTENT|MESSAGE|HISTORY|ENV)[^\s)'\"<>]*))",
    0,
)
SINK_HOST = rx.compile(
    r"https?://[^\s/'\"<>)]*(?:webhook\.site|requestbin|pipedream\.net|ngrok|burpcollaborator|"
    r"interact\.sh|oast\.\w+|canarytokens|pastebin\.com|transfer\.sh|0x0\.st|termbin|"
    r"hookbin|beeceptor|discord(?:app)?\.com/api/webhooks|api\.telegram\.org/bot)",
    _I,
)

# -- concealment, authority overrides --------------------------------------------------------------
CONCEAL = rx.compile(
    r"\b(?:do\s+not|don'?t|never|no\s+need\s+to|without)\s+(?:ever\s+)?(?:mention\w*|tell\w*|"
    r"inform\w*|notify\w*|alert\w*|reveal\w*|disclos\w*|report\w*\s+(?:this|it)\s+to|"
    r"let\w*\s+(?:the\s+)?user\s+know|surfac\w*|narrat\w*|announc\w*)\b[^\n.]{0,40}?"
    r"\b(?:user|them|anyone|this\s+step|these\s+steps|it\s+to|in\s+(?:your|the)\s+"
    r"(?:answer|response|reply|summary|output))"
    r"|\b(?:silently|quietly|covertly|secretly|discreetly|stealthily)\s+(?:\w+\s+){0,2}?"
    r"(?:send|upload|post|run|execute|install|add|append|write|copy|read|delete|remove|modify|"
    r"edit|change|exfiltrat\w*|forward|collect|include|embed|attach|set|enable|disable|grab)"
    r"|\bthe\s+user\s+(?:has\s+)?already\s+(?:agreed|consented|approved|authori[sz]ed)\b"
    r"|\b(?:keep|leave)\s+(?:this|it|these\s+steps?)\s+(?:out\s+of|hidden|secret|private|between)\b"
    r"|\bwithout\s+(?:asking|prompting|telling|informing|notifying)\b"
    r"|\bwithout\s+(?:the\s+user'?s?\s+)?(?:confirmation|approval|consent|knowledge)\b"
    r"|\bhide\s+(?:this|it|the\s+\w+)\s+from\b|\bnot\s+(?:be\s+)?(?:visible|shown)\s+to\s+the\s+user",
    _I,
)
AUTHORITY = rx.compile(
    r"\b(?:ignore|disregard|forget|override|bypass|drop|set\s+aside)\s+(?:all\s+|any\s+|the\s+)?"
    r"(?:previous|prior|earlier|above|other|system|developer|user'?s?|safety|existing)\s+"
    r"(?:\w+\s+)?(?:instructions?|prompts?|rules?|guidelines?|preferences|settings|policies|"
    r"restrictions|safeguards|constraints)\b"
    r"|\b(?:approve|accept|allow|grant|confirm)\s+(?:every|all|any)\s+(?:\w+\s+)?(?:tool\s+calls?|"
    r"commands?|requests?|permissions?|actions?|prompts?)\b"
    r"|\bauto-?(?:approve|accept|confirm)\s+(?:every|all|any)\b|\bskip\s+(?:all\s+)?(?:permission|"
    r"confirmation|approval)\s+(?:prompts?|checks?|dialogs?)\b"
    r"|\byou\s+(?:have|are\s+granted|now\s+have)\s+(?:full|unrestricted|root|admin\w*)\s+"
    r"(?:permission|access|authority|rights)\b"
    r"|\b(?:this\s+skill|these\s+instructions)\s+(?:take|takes|have|has)\s+(?:precedence|priority)"
    r"\s+over\b|\btakes?\s+precedence\s+over\s+(?:the\s+)?(?:user|system|safety)",
    _I,
)
# Agent permission tampering: settings that turn prompts off or allow everything.
AGENT_SETTINGS_FILE = rx.compile(
    r"\.claude[\\/]settings(?:\.local)?\.json|\.claude\.json|\.codex[\\/]config\.toml|"
    r"\.cursor[\\/](?:mcp|settings|cli-config)\.json|claude_desktop_config\.json|\.mcp\.json|"
    r"\.gemini[\\/]settings\.json|\.vscode[\\/]settings\.json|\bsettings\.json\b",
    _I,
)
AGENT_PERMISSIVE = rx.compile(
    r"bypassPermissions|dangerously-?skip-?permissions|dangerouslySkipPermissions|"
    r"\bBash\(\s*\*\s*\)|\bBash\(\s*\)|[\"']allow[\"']\s*:\s*\[\s*[\"']\*[\"']|"
    r"approval_policy\s*=\s*[\"']?never|sandbox_mode\s*=\s*[\"']?danger-full-access|"
    r"--yolo\b|autoApprove\w*\s*[\"']?\s*[:=]\s*(?:true|\[\s*[\"']\*)|"
    r"chat\.tools\.autoApprove|\byolo\s+mode\b|\bskip\s+all\s+permission",
    _I,
)

# -- teaching about an attack vs instructing it ---------------------------------------------------
TEACHING = rx.compile(
    r"\b(?:attackers?|adversar\w*|malicious|malware|threat\s+actors?|red\s+flags?|phishing|"
    r"prompt\s+injection|injection\s+attacks?|exfiltration\s+attempts?|suspicious|warning\s+signs?|"
    r"indicators?\s+of\s+compromise|examples?\s+of\s+(?:an?\s+)?(?:attack|malicious|injection|"
    r"exfiltration)|(?:an?\s+)?attack\s+(?:looks?|pattern|example|technique)|"
    r"examples?\s+attacks?|attack\s+examples?|refuse|decline|report\s+(?:it|this|them)\s+to\s+the\s+user|warn\s+the\s+user|"
    r"flag\s+(?:it|this|them)|treat\s+(?:it|this|them)\s+as|never\s+(?:follow|obey|comply)|"
    r"do\s+not\s+(?:follow|obey|comply|execute|run)\s+(?:such|these|those|them|it)|"
    r"if\s+(?:a|any|the)\s+(?:file|document|page|issue|tool\s+result|web\s*page|input|text|"
    r"skill|message|email)\s+(?:tells?|asks?|instructs?|says|contains)|"
    r"detect\w*|audit\w*|scan\w*\s+for|look\s+for|watch\s+(?:out\s+)?for)\b",
    _I,
)
# Section headings and document names that announce a catalogue of attacks or bad examples.
TEACHING_HEADING = rx.compile(
    r"\b(?:patterns?|dangerous|vulnerab\w*|insecure|anti-?patterns?|red\s+flags|indicators|"
    r"examples?\s+of|bad\s+examples?|unsafe|ssrf|xss|injection|exploit\w*|attack\w*|threats?|"
    r"malicious|detection|what\s+to\s+look\s+for|cve-\d+|payloads?|adversarial|pitfalls?)\b",
    _I,
)
TEACHING_PATH = rx.compile(
    r"attack|dangerous|malicious|threat|vulnerab|exploit|injection|red-?flag|patterns|adversarial"
    r"|payload|insecure|anti-?pattern|pitfall|ssrf|xss",
    _I,
)
# A sentence that quotes rather than asks (a table row, a blockquote, "such as", quotes).
QUOTING = rx.compile(r"\b(?:such\s+as|e\.g\.|for\s+example|for\s+instance|like)\b", _I)
IMPERATIVE = rx.compile(
    r"(?:^|[.!:;]\s+|\d[.)]\s+|[-*+]\s+|\*\*)(?:first,?\s+|then,?\s+|next,?\s+|finally,?\s+|"
    r"always\s+|also\s+|now\s+|before\s+\w+ing[^,\n]{0,60},\s+|after\s+\w+ing[^,\n]{0,60},\s+)?"
    r"(?:read|send|upload|post|copy|collect|gather|include|append|attach|put|cat|run|execute|"
    r"fetch|grab|dump|export|forward|email|mail|encode|base64|add|write|set|edit|change|"
    r"update|modify|open|load|save|embed|end|start|render|output|insert)\b",
    _I,
)


def _any(*patterns: rx.Rx) -> rx.Rx:
    """One pattern matching where any of `patterns` would: a single linear pass tells whether a
    text needs the detailed analysis at all."""
    parts = []
    for p in patterns:
        flags = "i" if p.flags & re.IGNORECASE else ""
        parts.append(f"(?{flags}:{p.pattern})" if flags else f"(?:{p.pattern})")
    return rx.compile("|".join(parts))


ANY_TEXT_SIGNAL = _any(
    SOURCE_FILE,
    SOURCE_ENV,
    SOURCE_CHAT,
    SINK_COMMAND,
    SINK_PROSE,
    SINK_URL_QUERY,
    SINK_HOST,
    CONCEAL,
    AUTHORITY,
    AGENT_PERMISSIVE,
)
# Code worth parsing: it names a network tool, a decoder, an executor or a secret source.
CODE_INTEREST = rx.compile(
    r"curl|wget|\bnc\b|ncat|socat|scp|rsync|sendmail|\bmail\b|nslookup|\bdig\b|/dev/tcp"
    r"|base64|base32|xxd|\\x[0-9a-fA-F]|\\[0-7]{3}|openssl|\brev\b|gunzip|zcat|uudecode|\btr\b"
    r"|eval|exec|\bsource\b|printenv|\benv\b|\bset\b|security\s|\.ssh|\.aws|\.env|\.netrc"
    r"|credentials|\$\{?[A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD)|environ|getenv|process\.env"
    r"|\$env:|env:|requests|httpx|urllib|urlopen|socket|smtplib|ftplib|subprocess|os\.system"
    r"|fetch|axios|http\.request|https\.request|sendBeacon|WebSocket|child_process|atob|Buffer"
    r"|fromCharCode|Invoke-|iwr|irm|WebClient|FromBase64|iex|b64decode|fromhex|unhexlify|codecs"
    r"|zlib|marshal|pickle|compile|chr\(|readFile|homedir|Get-Content",
    0,
)
