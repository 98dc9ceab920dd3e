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
# Saved logins of file-transfer, database, cloud and password clients: stores that hold a
# password or token for someone else's server, read by stealers by their file names.
CLIENT_STORES = (
    r"|\bsitemanager\.xml\b|\brecentservers\.xml\b|\bWinSCP\.ini\b|\bMartin\s+Prikryl\b"
    r"|SimonTatham[\\/]+PuTTY[\\/]+Sessions|\.s3cfg\b|\.boto\b|\.my\.cnf\b|\brclone\.conf\b"
    r"|\.cargo[\\/]credentials|\.gem[\\/]credentials|\.composer[\\/]auth\.json"
    r"|\.terraform\.d[\\/]credentials|\bcredentials-config\.json\b|\.kdbx\b|\.gnupg\b"
    r"|\.password-store\b|\.config[\\/]op\b|\.wgetrc\b|\.git-credential-cache\b"
)
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
    r"|\bcredentials?\s+files?\b|\bssh\s+keys?\b|\bapi[_ ]keys?\s+files?\b"
    r"|\.claude[\\/](?:projects|history|todos)|APPDATA%?\\+Claude|\.codex[\\/](?:sessions|history)"
    r"|\.cursor[\\/](?:chats|history)|history\.jsonl|\.gemini[\\/]tmp" + CLIENT_STORES,
    # saved logins of file-transfer, database and cloud clients (2.7.0)
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
    r"|\benvironment\s+variables?\b|\benv\s+vars?\b|\bfrom\s+the\s+environment\b"
    r"|\bvariables?\s+in\s+the\s+environment\b",
    _I,
)
SECRET_WORDS = rx.compile(
    r"_(?:TOKEN|KEY|SECRET|PASSWORD)|(?:TOKEN|KEY|SECRET|PASSWORD)_|"
    r"\b(?:api[_ -]?keys?|tokens?|secrets?|passwords?|passphrases?|credentials?|"
    r"private\s+keys?|session\s+cookies?|cookies|auth\w*\s+headers?|bearer)\b",
    _I,
)
# The conversation itself.
SOURCE_CHAT = rx.compile(
    r"\b(?:the\s+user'?s?|user'?s)\s+(?:\w+\s+){0,2}?"
    r"(?:messages?|prompts?|questions?|requests?|inputs?|conversation|chat|e-?mail\s+address|"
    r"resume|cv|address|phone\s+number|passwords?|notes|diary|answers)\b"
    r"|\b(?:this|the\s+(?:whole|full|entire|current))\s+(?:conversation|chat|session|transcript)\b"
    r"|\beverything\s+(?:the\s+user|they|you)\s+(?:has\s+|have\s+)?(?:typed|wrote|written|said|"
    r"sent|shared|pasted|told)\b|\b(?:every|all|the)\s+files?\s+you\s+(?:have\s+)?(?:read|opened|seen)\b"
    r"|\b(?:answers?|messages?|replies|responses|everything|what)\s+(?:that\s+)?(?:the\s+user|they)\s+"
    r"(?:gives?|gave|writes?|wrote|types?|typed|sends?|sent|shares?|shared|says?|said)\b"
    r"|\bwhat\s+they\s+(?:shared|said|told\s+you)\b|\bin\s+this\s+(?:session|chat|conversation)\b"
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
    r"|\bgit\s+push\s+(?:-\S+\s+)*https?://",
    _I,
)
# Prose that asks to send something somewhere.
SINK_PROSE = rx.compile(
    r"\b(?:send|upload|post|transmit|forward|exfiltrate|submit|report|beam|sync|copy|paste|"
    r"e-?mail|mail|deliver|push|share|archive|back\s+up|mirror|log|append)\w*\b[^.!?]{0,160}?\b(?:to|at|into|via|using|with|on)\s+"
    r"(?:https?://|\[[^\]]*\]\(https?://|<https?://|`https?://|the\s+(?:endpoint|server|webhook|"
    r"url|address|collector|api)|this\s+(?:endpoint|server|webhook|url|address)|"
    r"`?[\w.+-]+@[\w-]+\.[\w.]+|pastebin|a\s+(?:gist|paste)|the\s+`?[\w-]+`?\s+branch\s+of\s+https?://)"
    r"|\b(?:POST|PUT)\s+(?:it|them|this|the\s+\w+)\s+to\b|\ban?\s+(?:POST|PUT)\s+(?:request\s+)?to\b"
    r"|\b(?:send|post|upload)\s+(?:it|them|this|that|everything|the\s+(?:contents?|results?|"
    r"data|files?|output))\s+(?:to|over)\b"
    r"|\bDNS\s+(?:lookups?|queries|requests?)\b[^\n]{0,80}\b(?:encod|subdomain|hex|base64)"
    # a name to look up built from data (2.7.0): a slot for a piece of data among the labels in
    # front of a domain (`<piece>.<n>.probe.example.net`, `${chunk}.x.example.org`); a slot for
    # a service or a namespace (`<service>.<namespace>.svc.cluster.local`) is an address
    r"|\b(?:look(?:s|ed|ing)?\s+up|resolv\w*|quer(?:y|ies)|dig|nslookup|host|ping|Resolve-DnsName)\b"
    r"[^.!?`]{0,60}`?(?:(?:<[^>`\n]{1,30}>|\{[^}\s`]{1,30}\}|\$\{?\w+\}?|[\w-]+)\.){0,2}"
    r"(?:<|\{|\$\{?)(?:chunk|piece|part|hex|data|encoded|payload|b64|base32|value|line|secret|token|"
    r"key|content|label|seq|index)s?[^>}\s.`]{0,16}[>}]?\.(?:[\w<>{}$ -]{1,30}\.){0,3}[\w-]+\.[a-z]{2,}"
    r"|\b(?:send|upload|post|copy|forward|transmit|e-?mail)\w*\s+(?:the\s+|your\s+)?`[^`\n]{1,120}`"
    r"\s+(?:to|at)\s+<?`?https?://",
    _I,
)
# A Markdown image or link whose URL carries data in its query (or a template for it).
SINK_URL_QUERY = rx.compile(
    r"(https?://[^\s)'\"<>]+\?[^\s)'\"<>]*=(?:[^\s)&'\"<>]*(?:\{|\}|<|\.\.\.|\$|%s|\[|DATA|SECRET|"
    r"TOKEN|KEY|CONTENT|MESSAGE|HISTORY|ENV)[^\s)'\"<>]*))"
    r"|(https?://[^\s)'\"<>?]+/(?:<[^>\s]{1,40}>|\{[^}\s]{1,40}\}|\$\{[^}\s]{1,40}\}))"
    r"|(https?://[^\s)'\"<>`?]+\?[^\s)'\"<>`]*=)(?:`|\))?,?\s+(?:followed\s+by|plus|then)\b",
    0,
)
SUSPICIOUS_QUERY = rx.compile(
    r"(?:DATA|SECRET|TOKEN|KEY|CONTENT|MESSAGE|HISTORY|ENV|data|secret|token|key|content|message|"
    r"history|env|chat|conversation|session|text|prompt|input|=\.\.\.|=$|=\$|=\{)",
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
    r"|(?:^|[.!:;,]\s+|\b(?:and|then|also|just|please)\s+|[-*]\s+|\d[.)]\s+)(?:silently|quietly|covertly|"
    r"secretly|discreetly|stealthily)\s+(?:\w+\s+){0,2}?"
    r"(?:send|upload|post|run|execute|install|add|append|write|copy|read|delete|remove|modify|"
    r"edit|change|exfiltrat\w*|forward|collect|include|embed|attach|set|enable|disable|grab)\b"
    r"|\bthe\s+user\s+(?:has\s+)?already\s+(?:agreed|consented|approved|authori[sz]ed)\b"
    r"|\b(?:keep|leave)\s+(?:this|it|these\s+steps?)\s+(?:out\s+of|hidden|secret|private|between)\b"
    r"|\bwithout\s+(?:telling|informing|notifying)\s+(?:the\s+user|them|anyone|the\s+human)\b"
    r"|\bwithout\s+(?:the\s+user'?s?\s+)?knowledge\b"
    r"|\bhide\s+(?:this|it|the\s+\w+)\s+from\b|\bnot\s+(?:be\s+)?(?:visible|shown)\s+to\s+the\s+user"
    r"|\b(?:no|not?)\s+need\s+to\s+(?:tell|inform|mention|show|notify)\b"
    r"|\b(?:does|do)\s+(?:not|n't)\s+need\s+to\s+(?:see|know|be\s+told|hear)\b"
    r"|\bleave\s+(?:that|this|it|these)\s+(?:\w+\s+)?out\s+of\b|\bomit\s+(?:it|this|that)\s+from\b"
    r"|\bsay\s+(?:that\s+)?you\s+only\b|\bpretend\s+(?:that\s+)?(?:you|it|nothing)\b"
    r"|\b(?:while|when)\s+(?:they|the\s+user)\s+(?:are|is|has)\s+(?:away|stepped\s+away|idle|not\s+looking)"
    r"|\bavoids?\s+(?:a\s+)?(?:confusing\s+)?(?:prompt|question|dialog)"
    r"|\bdo\s+not\s+(?:print|echo|show|display)\s+(?:this|the\s+output|anything)\b"
    r"|\b(?:suppress|discard)\w*\s+(?:all\s+)?(?:the\s+)?output\s+(?:so|to\s+hide)\b"
    r"|\bkeep\s+(?:\w+\s+){0,6}?to\s+yourself\b"
    r"|\b(?:never|do\s+not|don'?t)\s+(?:list|show|include|mention|report)\s+(?:it|this|them|that)"
    r"(?:\s+\w+)?\s+in\s+(?:the\s+|your\s+)?(?:changes|diff|summary|changelog|answer|reply|response|"
    r"output|commit\s+message|pull\s+request)"
    r"|\bshow\s+(?:it|them|the\s+(?:diff|change|file))\s+without\s+(?:that|this|the|those)\s+"
    r"(?:lines?|parts?|changes?|steps?|entr(?:y|ies))\b"
    r"|\b(?:do\s+not|don'?t|never)\s+(?:paste|show|print|echo|display)\s+(?:its|the|any)\s+output\b"
    r"|\b(?:do\s+not|don'?t|never|without)\s+(?:\w+\s+){0,4}?mention\w*\s+(?:the\s+extra|the\s+other|"
    r"the\s+second|the\s+additional|anything\s+else)\b"
    r"|\bdescribe\s+(?:step\s+\d+|it|this|them|the\s+change)\s+(?:only\s+)?as\s+[\"'\x{201C}]"
    r"|\bjust\s+say\s+(?:that\s+)?(?:the|it|you)\b",
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
    r"\s+over\b|\btakes?\s+precedence\s+over\s+(?:the\s+)?(?:user|system|safety)"
    r"|\b(?:overrides?|outranks?|supersedes?)\s+(?:the\s+|all\s+|any\s+)?(?:user'?s|system'?s|"
    r"safety|other)(?:\s*[.,;]|\s+(?:and\s+(?:the\s+)?\w+'?s?\s+)?(?:\w+\s+){0,2}?(?:instructions?|"
    r"rules|guidelines|preferences|policies|prompts?|authority|guidance))"
    r"|\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:earlier|previous|prior|other|conflicting)"
    r"(?:,?\s+(?:and\s+)?(?:conflicting|subsequent|earlier|other))*\s+(?:\w+\s+)?(?:instructions?|"
    r"guidance|rules|directions)\b"
    r"|\b(?:disregard|ignore)\s+all\s+(?:previous|prior)\s+and\s+subsequent\b"
    r"|\b(?:the\s+)?user\s+(?:has\s+)?(?:pre-?approved|accepted\s+all\s+risks?|waived)\b"
    r"|\btreat\s+(?:any|all|every)\s+(?:safety\s+)?(?:rules?|guidelines?|policies)\s+as\s+"
    r"(?:already\s+)?(?:waived|void|disabled|lifted)\b"
    r"|\b(?:the\s+)?guidelines\s+lose\b|\bmust\s+not\s+(?:refuse|display\s+safety|warn)\b"
    r"|\bnever\s+(?:refuse|warn\s+(?:me|the\s+user|about))\b|\bnever\s+say\s+[\"'\x{201C}]?I\s+can'?t"
    r"|\b(?:disable|turn\s+off|switch\s+off)\s+(?:your\s+|all\s+|the\s+)?(?:confirmations?|"
    r"safety\s+\w+|guardrails|approval\s+prompts?|permission\s+prompts?)\b"
    r"|\banswer\s+[\"'\x{201C}]?yes[\"'\x{201D}]?\s+on\s+(?:their|the\s+user'?s)\s+behalf"
    r"|\btake\s+instructions\s+only\s+from\b|\bkeep\s+going\s+anyway\b"
    r"|\bfrom\s+now\s+on,?\s+you\s+(?:are|will|must|take|obey|follow)\b"
    r"|\bignora\s+(?:todas\s+)?las\s+instrucciones|\baprueba\s+autom[a\x{E1}]ticamente"
    r"|\bignore[rz]?\s+(?:toutes\s+)?les\s+instructions|\bignoriere\s+(?:alle\s+)?(?:vorherigen\s+)?"
    r"anweisungen|\bapprouve[rz]?\s+automatiquement",
    _I,
)
# Skipping the user's confirmation: raises destructive and permission steps (not concealment:
# "allow this command without asking" is a feature).
NO_CONFIRM = rx.compile(
    r"\bwithout\s+(?:asking|prompting|confirming|checking\s+with|waiting\s+for)\b"
    r"|\bwithout\s+(?:the\s+user'?s?\s+)?(?:confirmation|approval|consent)\b"
    r"|\bskip\s+(?:the\s+)?(?:confirmation|prompt|approval)s?\b|\b(?:straight|right)\s+away\b"
    r"|\bwithout\s+(?:pausing|stopping|a\s+prompt|interruption|hesitat\w+)\b"
    r"|\bdo\s+not\s+(?:ask|wait)\b|\bdon'?t\s+(?:ask|wait)\b|\bno\s+questions\s+asked\b"
    r"|\bno\s+need\s+to\s+(?:ask|check|confirm)\b|\bnever\s+ask\s+(?:the\s+user\s+)?(?:to\s+"
    r"confirm|for\s+(?:confirmation|approval|permission))\b",
    _I,
)
# A gate in a script that asks the user, or only previews, before it acts: a prompt (`input(`,
# `read -p`, `Read-Host`, `[y/N]`), PowerShell's ShouldProcess / -WhatIf / -Confirm, a dry run.
# `-Confirm:$false` turns PowerShell's prompt off: `confirm_gate` reads it as no gate.
CONFIRM_GATE = rx.compile(
    r"\binput\s*\(|\bread\s+(?:-[a-z]+\s+)*-[a-z]*p\b|\bconfirm\w*\s*\(|\bRead-Host\b"
    r"|--dry-run\b|\bdry[-_]?run\b|\bdryRun\b|\breadline\b|\bprompt\s*\(|\bShouldProcess\b"
    r"|\bShouldContinue\b|-Confirm\b(?::\$true)?|-WhatIf\b|\[[yY]/[nN]\]|\([yY]/[nN]\)"
    r"|\b(?:click|typer|rich\.prompt\.Confirm)\.(?:confirm|ask)\b|\binquirer\b|\bquestionary\b",
    _I,
)
_CONFIRM_OFF = re.compile(r"-Confirm:\s*\$false|--yes\b|-y\b|--force\b", re.IGNORECASE)


def confirm_gate(text: str, before: int | None = None) -> bool:
    """The script asks the user or previews before it acts (at or before `before` when given):
    a gate the deletion sits behind. `-Confirm:$false` is a gate turned off, not a gate."""
    for m in CONFIRM_GATE.finditer(text if before is None else text[:before]):
        off = m.group().lower().startswith("-confirm") and text[m.end() : m.end() + 1] == ":"
        if off and _CONFIRM_OFF.match(text, m.start()) is not None:
            continue
        return True
    return False


NEGATED = rx.compile(r"\b(?:never|not|don'?t|no|without|avoid|refuse)\b", _I)
# Text that addresses the model reading it: in a data file, an asset or a docstring it is an
# instruction smuggled where no instruction belongs.
AGENT_ADDRESS = rx.compile(
    r"\b(?:note|message|instructions?|attention|notice)\s+(?:for|to)\s+(?:the\s+|all\s+|any\s+)?"
    r"(?:ai|llm|assistants?|agents?|claude|models?|language\s+models?|ai\s+(?:assistants?|agents?))\b"
    r"|\b(?:ai|llm)\s+(?:assistants?|agents?|models?)\s+(?:reading|processing|parsing)\s+this\b"
    r"|\binstrucci[o\x{F3}]n\s+para\s+el\s+asistente\b",
    _I,
)
# Agent permission tampering: settings that turn prompts off or allow everything.
AGENT_SETTINGS_FILE = rx.compile(
    r"\.claude[\\/]settings(?:\.local)?\.json|\.claude\.json|\.codex[\\/]config\.toml|"
    r"\.cursor[\\/](?:mcp|settings|cli-config)\.json|claude_desktop_config\.json|\.mcp\.json|"
    r"\.gemini[\\/]settings\.json|\.vscode[\\/]settings\.json|\bsettings(?:\.local)?\.json\b"
    r"|\.aider\.conf\.ya?ml|\.codeium[\\/]|\.windsurf\w*[\\/]|\.continue[\\/]config",
    _I,
)
AGENT_PERMISSIVE = rx.compile(
    r"bypassPermissions|dangerously-?skip-?permissions|dangerouslySkipPermissions|"
    r"\bBash\(\s*\*\s*\)|\bBash\(\s*\)|[\"']allow[\"']\s*:\s*\[\s*[\"']\*[\"']|"
    r"approval_policy\s*=\s*[\"']?never|sandbox_mode\s*=\s*[\"']?danger-full-access|"
    r"--yolo\b|autoApprove\w*\s*[\"']?\s*[:=]\s*(?:true|\[\s*[\"']\*)|"
    r"chat\.tools\.autoApprove|\byolo\s+mode\b|\bskip\s+all\s+permission|--full-auto\b|"
    r"--yes-always\b|--auto-approve\b|\bauto_?approve\s*[:=]\s*true|\btrust(?:ed)?_?all\s*[:=]\s*true|"
    r"\bpermission[-_ ]mode\s+(?:to\s+)?[\"'`]?bypass|\bturbo\s+mode\b|\"?defaultMode\"?\s*[:=]\s*"
    r"[\"']?(?:bypassPermissions|acceptEdits)|\"allow\"\s*:\s*\[[^\]]*\"Bash\(\s*\*?\s*\)\""
    r"|AutoExecution\w*[\"']?\s*[:=]\s*[\"']?(?:turbo|always|auto)\b|\byes-always\s*:\s*true\b"
    r"|\b(?:clear|empty|delete|remove|drop|wipe)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:existing\s+)?`?[\"']?deny[\"']?`?\s*(?:list|entries|rules|array|section)\b"
    r"|\[\s*[\"']deny[\"']\s*\]\s*=\s*\[\s*\]|[\"']deny[\"']\s*:\s*\[\s*\]",
    _I,
)

# -- teaching cues in the other languages skills are written in (session 16) ----------------------
# Spanish, Portuguese, French, German, Russian, Korean, Japanese, Chinese: the same cues as the
# English ones below, as words, not sentences. RE2's \b and \w are ASCII: a word in another
# script, or one that starts or ends with an accented letter, goes without them. Shared by the
# RE2 patterns here and the `re` ones of roleexamples.py.
# Strong: the vocabulary of attacks and of refusing them ("attacker", "malicious", "refuse",
# "do not follow", "warn the user", "examples of attacks").
ML_TEACH_STRONG = (
    r"\bataques?\b|\batacantes?\b|\bmalicios[oa]s?\b|\bsospechos[oa]s?\b|\binyecci[oó]n"
    r"|\brechaz(?:a|ar|alo|ala|arlas?|arlos?)\b|\bneg(?:arse|ate|arte)\b"
    r"|\bno\s+(?:las?\s+|los?\s+)?(?:sigas|siga|seguir|ejecutes|ejecutar|obedezcas)\b"
    r"|\bno\s+para\s+(?:ejecutar|seguir)|\bn[aã]o\s+para\s+(?:executar|seguir)|\bpas\s+pour\s+(?:ex[ée]cuter|[êe]tre\s+ex[ée]cut)"
    r"|не\s+для\s+(?:выполнения|исполнения)|실행용이\s*아님|実行用ではない|不是用来执行"
    r"|\b(?:avisa|avisar|advierte|advertir)\s+al\s+usuario\b|\bseñales\s+de\s+alerta"
    r"|\bmal-?intencionad[oa]s?\b|\bsuspeit[oa]s?\b|\binje[cç][aã]o|\brecus(?:e|ar|a)\b"
    r"|\bn[aã]o\s+(?:as\s+|os\s+)?(?:siga|seguir|execute|executar|obede[cç]a)\b"
    r"|\b(?:avise|avisar|alerte|alertar)\s+o\s+usu[aá]rio\b|\bsinais\s+de\s+alerta"
    r"|\battaqu(?:e|es|ant|ants)\b|\bmalveillan|\bsuspect(?:e|es|s)?\b|\brefus(?:er|ez|e)\b"
    r"|\bne\s+(?:les?\s+|la\s+|l')?(?:suivez|suis|suivre|ex[ée]cutez|ex[ée]cute|ob[ée]issez)\s+(?:pas|jamais)\b"
    r"|\b(?:avertir|avertissez|avertis|pr[ée]venir|pr[ée]venez|pr[ée]viens|signale[rz]?)\s+l'utilisat"
    r"|\bsignaux\s+d'alerte|\bexemples?\s+d'attaques?"
    r"|\bAngriff|\bAngreifer|\bb[öo]sartig|\bverd[äa]chtig|\bSchadcode|\bInjektion"
    r"|\bablehnen\b|\blehn(?:e|t|en)\s+(?:\S+\s+){0,4}?ab\b"
    r"|\bnicht\s+(?:befolgen|ausf[üu]hren|folgen|gehorchen)|\bnicht\s+zum\s+Ausf[üu]hren"
    r"|\bwarn(?:e|en|t)\s+(?:\S+\s+)?(?:Nutzer|Benutzer|Anwender)|\bWarnsignale"
    r"|атак|злоумышлен|вредонос|подозрительн|инъекци|откаж|отказыва|не\s+(?:выполняй|следуй|"
    r"исполняй|подчиняй)|предупред\S*\s+пользовател|злоупотреблен|тревожн\S*\s+призна"
    r"|공격|악성|악의|의심스러|인젝션|거부|거절|따르지\s*(?:마|말|않)|실행하지\s*(?:마|말|않)|위험\s*신호"
    r"|사용자에게\s*경고|攻撃|悪意|不審|疑わしい|インジェクション|拒否|断って|従わ(?:ない|ず)"
    r"|実行しない|危険信号|ユーザーに警告|攻击|恶意|可疑|注入攻击|提示注入|拒绝|不要(?:执行|遵循|照做|服从)"
    r"|危险信号|警告用户"
)
# Weak: a reviewer's task word ("detect"), lowering only where no concrete host is named (as the
# English ones). Not "example", "quoted" or "recognise": reference libraries cite and show code
# examples, and a heading "코드 예시" (code example) teaches nothing about attacks.
ML_TEACH_WEAK = r"\bdetect(?:ar|a|e)\b|\bd[ée]tecter\b|обнаружи|탐지|検出|检测"
# "never refuse", "do not warn": the opposite of a teaching cue.
ML_ANTI_TEACHING = (
    r"\bnunca\s+(?:rechaces|te\s+niegues|avises|adviertas)\b|\bno\s+(?:rechaces|te\s+niegues|avises|adviertas)\b"
    r"|\bnunca\s+(?:recuse|avise)\b|\bn[aã]o\s+(?:recuse|avise)\b"
    r"|\bne\s+(?:refuse|pr[ée]viens|pr[ée]venez|avertis|avertissez)\s+(?:pas|jamais)\b"
    r"|\b(?:nie|nicht)\s+(?:ablehnen|warnen)\b|\blehn\S*\s+(?:\S+\s+){0,3}?(?:nie|nicht)\s+ab\b"
    r"|никогда\s+не\s+отказ|не\s+отказыва|не\s+предупрежд"
    r"|거부하지\s*(?:마|말|않)|경고하지\s*(?:마|말|않)|拒否しない|警告しない|不要拒绝|不要警告|不得拒绝"
)
# Section headings that announce a catalogue of attacks or bad examples.
ML_TEACHING_HEADING = (
    r"\bataques?\b|\bmalicios|\bpeligros|\bvulnerab|\bejemplos?\s+de\b|\bseñales\s+de\s+alerta"
    r"|\bperigos|\bexemplos?\s+de\b|\bsinais\s+de\s+alerta"
    r"|\battaques?\b|\bmalveillan|\bdangereu|\bexemples?\s+d|\bsignaux\s+d'alerte"
    r"|\bAngriff|\bgef[äa]hrlich|\bSchwachstell|\bBeispiele?\s+f[üu]r|\bWarnsignale"
    r"|атак|вредонос|опасн|уязвим|примеры\s+(?:атак|вредонос|опасн|того,\s+что)|признаки\s+(?:атак|злоупотреб|вредонос)"
    r"|공격|악성|위험\s*신호|취약|攻撃|悪意|危険信号|脆弱|攻击|恶意|危险信号|漏洞"
    # as the English "safe\w*" (Safety, Safeguards)
    r"|\bseguridad\b|\bseguran[cç]a\b|\bs[ée]curit[ée]|\bSicherheit|безопасн|안전|安全"
)
# A catalogue's opening says it is quoted or not to be run ("citados, no para ejecutar").
ML_REFUSAL_OR_QUOTED = (
    r"\bcitad[oa]s\b|\bno\s+para\s+ejecutar|\bn[aã]o\s+(?:para\s+)?executar|\bcitée?s\b"
    r"|\bne\s+(?:pas\s+)?ex[ée]cuter|\bnicht\s+zum\s+Ausf[üu]hren|\bzitiert|не\s+(?:для\s+)?выполн"
    r"|цитат|실행하지|인용|実行しない|引用|不要执行"
)

# -- teaching about an attack vs instructing it ---------------------------------------------------
TEACHING = rx.compile(
    r"\b(?:attackers?|adversar\w*|malicious|malware|threat\s+actors?|red\s+flags?|phishing|"
    r"prompt\s+injection|injection\s+attacks?|exfiltration\s+attempts?|suspicious|warning\s+signs?|"
    r"indicators?\s+of\s+compromise|examples?\s+of\s+(?:an?\s+)?(?:attack|malicious|injection|"
    r"exfiltration)|(?:an?\s+)?attack\s+(?:looks?|pattern|example|technique)|"
    r"examples?\s+attacks?|attack\s+examples?|refuse|decline|report\s+(?:it|this|them)\s+to\s+the\s+user|warn\s+the\s+user|"
    r"warn\s+(?:the\s+user\s+|them\s+)?(?:about|of|against)|"
    r"flag\s+(?:it|this|them)|treat\s+(?:it|this|them)\s+as|never\s+(?:follow|obey|comply)|"
    r"do\s+not\s+(?:follow|obey|comply|execute|run)\s+(?:such|these|those|them|it)|"
    r"if\s+(?:a|any|the)\s+(?:file|document|page|issue|tool\s+result|web\s*page|input|text|"
    r"skill|message|email)\s+(?:tells?|asks?|instructs?|says|contains)|"
    r"detect\w*|audit\w*|scan\w*\s+for|look\s+for|watch\s+(?:out\s+)?for|"
    r"why\s+is\s+(?:that|this|it)\s+(?:risky|dangerous|a\s+problem|unsafe)|"
    r"what\s+(?:should|would|do)\s+you\s+(?:do|check))\b|" + ML_TEACH_STRONG + "|" + ML_TEACH_WEAK,
    _I,
)
# "never refuses", "must not warn": the opposite of a teaching cue (removed before looking for one).
ANTI_TEACHING = rx.compile(
    r"\b(?:never|not|n't|no\s+longer|without)\s+(?:\w+\s+)?(?:refus\w*|declin\w*|warn\w*|flag\w*|"
    r"report\w*)"
    r"|\b(?:never|not|n't|no\s+longer|without)\s+[^.;:\n]{0,40}?\b(?:or|nor)\s+(?:refus\w*|declin\w*|"
    r"warn\w*(?:\s+(?:the\s+user\s+|them\s+)?(?:about|of|against))?|flag\w*|report\w*)|"
    + ML_ANTI_TEACHING,
    _I,
)
# Section headings and document names that announce a catalogue of attacks or bad examples.
TEACHING_HEADING = rx.compile(
    r"\b(?:patterns?|dangerous|vulnerab\w*|insecure|anti-?patterns?|red\s+flags|indicators|"
    r"examples?\s+of|bad\s+examples?|unsafe|ssrf|xss|injection|exploit\w*|attack\w*|threats?|"
    r"malicious|detection|what\s+to\s+look\s+for|cve-\d+|payloads?|adversarial|pitfalls?|safe\w*|"
    r"mistakes?|gotchas?|warnings?|don'?ts|risks?|hardening|defen[cs]e\w*|recogni[sz]e)\b|"
    + ML_TEACHING_HEADING,
    _I,
)
TEACHING_PATH = rx.compile(
    r"attack|dangerous|malicious|threat|vulnerab|exploit|injection|red-?flag|patterns|adversarial"
    r"|security|audit|supply-chain|hardening"
    r"|payload|insecure|anti-?pattern|pitfall|ssrf|xss",
    _I,
)
# A sentence that quotes rather than asks (a table row, a blockquote, "such as", quotes).
QUOTING = rx.compile(r"\b(?:such\s+as|e\.g\.|for\s+example|for\s+instance|like)\b", _I)
IMPERATIVE = rx.compile(
    r"(?:^|[.!:;]\s+|\d[.)]\s+|[-*+]\s+|\*\*)(?:please\s+|(?:in|inside)\s+[^\s,]{1,80},?\s+|first,?\s+|then,?\s+|next,?\s+|finally,?\s+|"
    r"always\s+|also\s+|now\s+|before\s+\w+ing[^,\n]{0,60},\s+(?:please\s+)?|after\s+\w+ing[^,\n]{0,60},\s+)?"
    r"(?:read|send|upload|post|copy|collect|gather|include|append|attach|put|cat|run|execute|"
    r"fetch|grab|dump|export|forward|email|mail|encode|base64|add|write|set|edit|change|"
    r"update|modify|open|load|save|embed|end|start|render|output|insert|merge|replace|configure|"
    r"enable|turn|flip|clear|delete|remove|register|apply|create)\b"
    # 2.9.0: the same imperatives at the start of a step in the other languages of the skills
    r"|(?:^|[.!:;]\s+|\d[.)]\s+|[-*+]\s+|\*\*)(?:escribe|añade|agrega|guarda|ejecuta|configura|cambia|"
    r"establece|activa|escreva|adicione|salve|execute|configure|defina|ative|altere|[ée]cris|"
    r"[ée]crivez|ajoute[rz]?|enregistre[rz]?|ex[ée]cute[rz]?|d[ée]finis|active[rz]?|modifie[rz]?|"
    r"schreibe?|f[üu]ge|speichere|f[üu]hre|setze|aktiviere|[äa]ndere|trage)\b"
    r"|(?:^|[.!:;]\s+|\d[.)]\s+|[-*+]\s+)(?:запиши|добавь|сохрани|выполни|установи|включи|измени|пропиши)"
    r"|(?:작성|추가|저장|실행|설정|기록)(?:하라|하세요|하십시오|해라)"
    r"|(?:書き込|追加|保存|実行|設定)(?:してください|して下さい|しろ|せよ|すること)|書き込(?:んでください|め)"
    r"|(?:^|[.!:;。]\s*|\d[.)]\s+|[-*+]\s+)(?:写入|添加|保存|执行|设置|启用|修改)",
    _I,
)


# One pattern matching where any of these would: whether a text needs the detailed analysis.
ANY_TEXT_SIGNAL = rx.any_of(
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
    r"|zlib|marshal|pickle|compile|chr\(|readFile|homedir|Get-Content|ScriptBlock|\[char\]"
    r"|gethostbyname|getaddrinfo|\.recv\(|websockets?\.connect"
    r"|ReadFile|Getenv|Environ\(|UserHomeDir|http\.(?:Post|NewRequest)|net\.Dial|exec\.Command"
    r"|bzip2|gzip",
    0,
)

# Destructive operations beyond `rm -rf /`: force pushes and remote deletes, cluster and cloud
# wipes, shadow copies, shredding. Raised to a finding when asked without confirmation.
DESTRUCTIVE_OPS = rx.compile(
    r"\bgit\s+push\s+(?:\S+\s+)*(?:--delete|-d|--force|-f|--mirror)\b|\bgit\s+push\s+\S+\s+:\S+"
    r"|\bkubectl\s+delete\s+(?:\S+\s+)*--all\b|\bkubectl\s+delete\s+(?:ns|namespaces?)\b"
    r"|\bdocker\s+(?:system|volume|image)\s+prune\s+(?:\S+\s+)*-a|\bdocker\s+rm\s+-f\s+\$\("
    r"|\bRemove-Item\b[^\n]*-Recurse[^\n]*(?:USERPROFILE|HOME|C:\\Users|C:\\\\Users|\$HOME)"
    r"|\bvssadmin\s+delete\s+shadows\b|\bwbadmin\s+delete\b|\bbcdedit\b|\bcipher\s+/w"
    r"|\bshred\s+(?:-\S+\s+)*(?:~|/|\$HOME)"
    r"|\bfind\s+[\"']?(?:~|/|\$HOME|\$\{HOME\})[\"']?\s+[^\n]*(?:-delete\b|-exec\s+(?:shred|rm)\b)"
    r"|\brm\s+-\w*[rR]\w*\s+(?:-\S+\s+)*[^\n;&|]*(?:~|\$HOME|\$\{HOME\})/(?:Documents|Desktop|"
    r"Pictures|Downloads|Music|Videos|Movies|Library|Photos|\.ssh|\.gnupg)\b"
    r"|\bDROP\s+(?:DATABASE|SCHEMA|TABLE)\b|\bTRUNCATE\s+TABLE\b|\bterraform\s+destroy\b"
    r"|\baws\s+s3\s+rm\s+[^\n]*--recursive|\bgsutil\s+(?:-m\s+)?rm\s+-r|\bgh\s+repo\s+delete\b"
    r"|\bdd\s+if=/dev/(?:zero|urandom)\s+of=|\bwipefs\b|\bchmod\s+-R\s+000\s+(?:~|/)"
    # whole disks erased (2.7.0): PowerShell's storage cmdlets, diskutil, GPT zaps, discards
    r"|\bClear-Disk\b|\bFormat-Volume\b|\bdiskutil\s+(?:eraseDisk|eraseVolume|zeroDisk|randomDisk|"
    r"secureErase|partitionDisk)\b|\bsgdisk\s+(?:-\S+\s+)*(?:--zap-all|-Z)\b|\bblkdiscard\b"
    # a listing from the home folder or the file system's root (or a root left to fill) deleted
    r"|\bfind\s+[\"']?(?:~|/|\$\{?HOME\b|<[\w -]{1,20}>)[^\n|]*\|\s*(?:[^\n|]*\|\s*)?xargs\s+"
    r"(?:-\S+\s+(?:'[^'\n]*'\s+)?)*rm\b",
    re.IGNORECASE,
)
# Any language: the whole environment, and a network send (for co-occurrence in one file).
BULK_ENV_ANY = rx.compile(
    r"\bos\.Environ\(\)|std::env::vars\(\)|\bENV\.(?:each|to_h|to_a|keys|map|select)|\$_ENV\b"
    r"|\$_SERVER\b|getenv\(\)|System\.getenv\(\)|GetEnvironmentVariables\(\)|os\.environ\.items"
    r"|(?i:environment\s+variables?\s+(?:names\s+and\s+)?values|values\s+of\s+(?:every|all|each)\s+"
    r"(?:the\s+)?(?:environment\s+)?variables?|(?:every|all|each)\s+(?:the\s+)?environment\s+variables?"
    r"|(?:dump|print|list|export)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?environment)"
    r"|dict\(os\.environ\)|JSON\.stringify\(process\.env\)|Object\.(?:entries|keys)\(process\.env"
    r"|\bprintenv\b|(?i:Get-ChildItem|\bgci|\bdir|\bls)\s+(?i:env):|\benviron\b\s*\)|\bLIST\s+ENV",
    0,
)
NET_SEND_ANY = rx.compile(
    r"\bhttp\.Post|\bhttp\.NewRequest|Net::HTTP\.post|\bcurl_exec\b|\breqwest\b|\brequests\.post"
    r"|\bfetch\s*\(|\baxios\b|Invoke-RestMethod|Invoke-WebRequest|\burlopen\b|HttpClient|WebClient"
    r"|\bsocket\b|\bcurl\b|\bwget\b|URLSession|HttpURLConnection|\bsendBeacon\b|\bnc\s",
    0,
)
# Reverse shells in any language: a connection to a host and a shell bound to it.
NET_CONNECT = rx.compile(
    r"socket\.socket\(|\.connect\(|net\.connect\(|net\.createConnection|new\s+net\.Socket|/inet/tcp/"
    r"|\bcreate_connection\(\s*\("
    r"|\b(?:connect|createConnection)\(\s*\d{2,5}\s*,\s*['\"`]"
    r"|\bztcp\b|TCPSocket\.new|fsockopen\(|net\.Dial\(|new\s+WebSocket\(|/dev/tcp/|/dev/udp/"
    r"|\bnc\s+(?:-\w+\s+)*[\w.-]+\s+\d+|\bncat\b|\bsocat\b|Net\.Sockets\.TCPClient|TcpClient\("
    r"|IO::Socket::INET|Socket\.new|\btelnet\s+\S+\s+\d+|stream_socket_client\(",
    0,
)
SHELL_SPAWN = rx.compile(
    r"spawn\(\s*['\"](?:/bin/)?(?:ba|z)?sh['\"]|\[\s*['\"]/bin/(?:ba|z)?sh['\"]|['\"]/bin/(?:ba|z)?sh['\"]"
    r"|\bsh\s+-i\b|\bbash\s+-i\b|\bos\.dup2\b|pty\.spawn|exec\.Command\(\s*['\"](?:/bin/)?(?:ba)?sh"
    r"|\bproc_open\(|IO\.popen|\|&\s*getline|\bzsh\s+>&|\bexec\s+\d+<>|cmd\.exe|powershell\.exe"
    r"|child_process|Process\.Start\(|\bexec\s+/bin/(?:ba)?sh|-e\s+/bin/(?:ba)?sh|\bsh\s*<&|>&\s*\$REPLY"
    r"|Invoke-Expression|\biex\b|subprocess\.(?:call|Popen|run)\(\s*\[?\s*['\"]/bin/",
    re.IGNORECASE,
)
# Installs that disable the package manager's checks or point it elsewhere.
UNTRUSTED_SOURCE = rx.compile(
    r"\[trusted=yes\]|--allow-unauthenticated|--trusted-host\s+\d"
    r"|strict-ssl\s*=?\s*false|registry\s*=\s*http://|registry\s*=\s*https?://\d|"
    r"--index-url\s+http://|--extra-index-url\s+http://|add-apt-repository\s+['\"]?deb\s+http://"
    r"|deb\s+\[?[^\n\]]*\]?\s*https?://\d{1,3}(?:\.\d{1,3}){3}|\bADD\s+https?://\d{1,3}(?:\.\d{1,3}){3}"
    r"|--git\s+(?:https?|git)://\d{1,3}(?:\.\d{1,3}){3}|--install-extension\s+\S+\.vsix"
    r"|\bdpkg\s+-i\b|\brpm\s+-i|\bapt-key\s+add\b|gpgcheck\s*=\s*0|sslverify\s*=\s*(?:0|false)"
    r"|\b(?:git|url|registry|index|tarball|resolved)\s*[=:]\s*[\"']?(?:git\+)?(?:https?|git)://"
    r"\d{1,3}(?:\.\d{1,3}){3}"
    # a PowerShell / NuGet package source at a raw IP address (2.8.0): Register-PSRepository
    r"|\b-?(?:Source|Publish|ScriptSource|ScriptPublish)Location\s*=?\s*[\"']?https?://"
    r"\d{1,3}(?:\.\d{1,3}){3}",
    re.IGNORECASE,
)

# Code fetched and run in one command, in forms the pipe-to-shell check does not cover.
REMOTE_RUN = rx.compile(
    r"\b(?:python[\d.]*|node|perl|ruby|php|bash|sh|zsh)\s+-[ceE]\s+[\"']?\$\(\s*(?:curl|wget)\b"
    r"|\b(?:deno\s+run|bun\s+run|npx|bunx|uv\s+run|pipx\s+run)\s+(?:-\S+\s+)*https?://"
    r"|\b(?:source|\.)\s+<\(\s*(?:curl|wget)\b|\bbash\s+<\(\s*(?:curl|wget)\b"
    r"|\|\s*(?:python[\d.]*|node|perl|ruby|php)\s+-(?:\s|$)|\bexec\(\s*(?:urlopen|requests\.get)\("
    r"|\beval\s+\"?\$\(\s*(?:curl|wget)\b"
    r"|(?:\bhttps?|\brequire\(\s*['\"](?:node:)?https?['\"]\s*\))\.get\(\s*['\"]https?://[^\n]{0,300}?\b(?:eval|new\s+Function|vm\.run\w*)\("
    r"|\bfetch\(\s*['\"]https?://[^\n]{0,200}?\.then\([^\n]{0,200}?\b(?:eval|new\s+Function)\(",
    re.IGNORECASE,
)

# Private files whose read plus any send in one script is exfiltration (not .env: deploy scripts
# read it and call their API legitimately).
SOURCE_PRIVATE = rx.compile(
    r"\.ssh[\\/](?:id_|identity)|\.aws[\\/]credentials|\.claude[\\/](?:projects|history)"
    r"|APPDATA%?\\+Claude|\.codex[\\/]sessions|history\.jsonl|Login Data|cookies\.sqlite"
    r"|logins\.json|key[34]\.db|wallet\.dat|\.bash_history|\.zsh_history|\.git-credentials"
    r"|\.netrc|find-generic-password|\.kube[\\/]config|\.docker[\\/]config\.json|\.pypirc|\.npmrc",
    0,
)

# A file a step writes and a later step sends: `$env:TEMP\\dump.txt`, `/tmp/d.tgz`, `out.json`.
STAGED_FILE = rx.compile(
    r"(?:\$env:\w+|%\w+%|\$\{?\w+\}?|~)?(?:[\\/]?[\w.-]+)*[\\/][\w-]+\.\w{1,5}\b"
    r"|\b[\w-]+\.(?:txt|json|log|tgz|tar|gz|zip|csv|dump|out|b64|dat|bin|jsonl|md)\b",
    0,
)
# A script that prints a Markdown image whose query it fills at run time (`?d=${data}`,
# f"?d={data}", "?d=" + data): the agent shows the image and the host receives the data.
CODE_IMAGE_TEMPLATE = rx.compile(
    r"!\[[^\]\n]{0,80}\]\(\s*https?://[^\s)'\"`]*\?[^\s)'\"`]*=(?:\$\{|\{|[\"'`]\s*\+|%s)",
    0,
)
# What such a script may put there: credential files, secret variables, credential settings.
CODE_SECRET_HINT = rx.compile(
    r"\bcredential|\.env\b|\.ssh|\.aws|\.netrc|\.npmrc|[A-Z_]*(?:TOKEN|SECRET|KEY)\b", 0
)
# A step that sends "the summary from step 2", "them", "those values": it refers back.
BACK_REFERENCE = rx.compile(
    r"\bfrom\s+step\s+\d|\b(?:the|that|this)\s+(?:running\s+|second\s+|first\s+)?(?:summary|values?|contents?|list|tables?|"
    r"collected\s+\w+|data\s+above|results?\s+above)\b|\b(?:send|upload|post|include)\s+(?:them|those|"
    r"these|it)\b|\b(?:each|every)\s+(?:such\s+)?(?:value|secret|token|key|variable)\b"
    # the same in the other languages of the skills (2.9.0): "the files read", "their contents"
    r"|\b(?:su|sus|el|los)\s+contenidos?\b|\b(?:esos|estos)\s+(?:archivos|ficheros|valores|datos)\b"
    r"|\bleurs?\s+contenus?\b|\ble\s+contenu\s+lu\b|\b(?:ces|les)\s+(?:fichiers|valeurs|donn[ée]es)\s+lu"
    r"|\b(?:deren|ihren?|dessen)\s+Inhalt|\b(?:diese|die\s+gelesenen)\s+(?:Dateien|Werte|Daten)\b"
    r"|\b(?:seu|o)\s+conte[úu]do\b|\b(?:esses|estes)\s+(?:arquivos|valores|dados)\b"
    r"|(?:их|это|всё\s+это)\s+содержим|прочитанн|(?:эти|этих)\s+(?:файл|значени|данны)"
    r"|읽은\s*(?:파일|내용|값)|그\s*내용|読んだ(?:ファイル|内容|値)|その内容|读取的(?:内容|文件|值)|上述(?:内容|文件)",
    re.IGNORECASE,
)
