"""The rule catalogue. docs/SECURITY_SCANNER.md is generated from this list.

A rule's `severity` is the most it can report. Findings in Markdown can come out lower when the
line reads as a mention (an example in a security guide) rather than an instruction; the engine
documents each adjustment in the finding's message.
"""

from __future__ import annotations

from .families import gettext_noop
from .findings import Rule, Severity

CRIT, HIGH, MED, LOW, INFO = (
    Severity.CRITICAL.value,
    Severity.HIGH.value,
    Severity.MEDIUM.value,
    Severity.LOW.value,
    Severity.INFO.value,
)

# Families whose HIGH findings fail a scan: they describe intent (an attack), not hygiene.
INTENT_FAMILIES = frozenset(
    {"injection", "hidden", "execution", "exfiltration", "persistence", "supply"}
)
# Families whose HIGH findings send a version to review: often an accident, a human decides.
HYGIENE_FAMILIES = frozenset(
    {"secrets", "obfuscation", "binary", "consistency", "scanner", "learned"}
)

RULES: list[Rule] = [
    # --- prompt injection -------------------------------------------------------------------
    Rule(
        "injection.override",
        "injection",
        HIGH,
        gettext_noop("Instruction override"),
        gettext_noop(
            "'ignore / disregard / forget previous (or system) instructions' and close variants"
        ),
        "Text the agent reads can try to replace the user's and the platform's instructions. "
        "Not: the attack's name used as a label (`**Direct override**:`, `` `override` - claims "
        "authority``) before a quoted example (2.8.0). Read in the eight other languages skills "
        'are written in (2.9.0): instructions replaced or outranked ("elles remplacent les '
        'instructions précédentes", "本节优先于系统提示"), consent claimed ("el usuario ya ha '
        'aprobado"). Not: the same sentence as a quotation in a list or table under a heading or '
        'an introduction that teaches ("Frases que hay que reconocer (citadas, no para '
        'ejecutar):", "Beispiele für Angriffe").',
        "Remove the sentence. If the skill teaches about prompt injection, quote it as an example.",
    ),
    Rule(
        "injection.conceal",
        "injection",
        HIGH,
        gettext_noop("Hiding actions from the user"),
        gettext_noop(
            "'do not tell the user', 'hide this from the user', 'without the user knowing', "
            "'silently send/upload'"
        ),
        "A skill has no honest reason to keep what it does from the person running it.",
        "Remove the instruction; tell the user what the skill does.",
    ),
    Rule(
        "injection.system-prompt",
        "injection",
        HIGH,
        gettext_noop("System prompt or context extraction"),
        gettext_noop(
            "requests to reveal, print, send or copy the system prompt, hidden instructions or "
            "conversation history"
        ),
        "Leaks the operator's configuration and the user's private context.",
        "Remove the request.",
    ),
    Rule(
        "injection.impersonation",
        "injection",
        HIGH,
        gettext_noop("Impersonating the system or a vendor"),
        gettext_noop(
            "fake system headers ([SYSTEM], <system>), chat-template tokens (<|im_start|>), "
            "'message from Anthropic/OpenAI', 'Anthropic has authorized'"
        ),
        "Borrowed authority makes the agent trust the text more than it should.",
        "Write instructions in the skill's own voice; never claim to be the platform.",
    ),
    Rule(
        "injection.jailbreak",
        "injection",
        HIGH,
        gettext_noop("Safety bypass"),
        gettext_noop(
            "'developer/DAN mode', 'bypass your safety guidelines', 'you are no longer bound by'"
        ),
        "Asks the agent to drop the safeguards that protect the user.",
        "Remove the sentence.",
    ),
    Rule(
        "injection.trigger-hijack",
        "injection",
        MED,
        gettext_noop("Description claims every request"),
        gettext_noop(
            "a description asking to be used for every request, before or instead of other skills"
        ),
        "The description is loaded into every session; a greedy one hijacks unrelated tasks.",
        "Describe when the skill applies, not that it always applies.",
    ),
    Rule(
        "exfil.instructed",
        "exfiltration",
        CRIT,
        gettext_noop("Instructions that send secrets out"),
        gettext_noop(
            "a step (paragraph, list item, table row with its code block) that asks to read a source "
            "(credential files, keychains, browser profiles, wallets, secret environment variables, "
            "the conversation) and to send it (curl/wget/fetch/requests/Invoke-WebRequest, image or "
            "link URLs with data, DNS, mail, paste sites), or such a step linked to a file that does "
            "the other half"
        ),
        "The classic skill attack: the agent reads your keys and posts them, often told not to say. "
        'Steps are also linked by their section numbers ("### 1." keeps a key, "### 6." posts '
        '"the text kept in step 1"), and a heading\'s task word ("1. Detect the format") does '
        "not make a step that keeps the conversation a lesson (2.8.0). "
        "Not: a credential folder made or locked down (`mkdir -p ~/.ssh`, `chmod 700 ~/.ssh`): "
        "nothing is read from it (2.8.0). "
        "The agent's own fetch tool told to POST is a send (`WebFetch POST https://...`); steps "
        'are linked by their numbers in other languages ("paso 2", "3단계", "第 2 步") and '
        "by a secret staged in git (`git add -f ~/.ssh/id_*`) that a later step pushes; a task word "
        "in a file's name (`agents/dep-auditor.md`) does not make a read a lesson when the next "
        'step sends to a real host (2.9.0). Not: a quoted list of phrasings under "Phrasings to '
        'recognise" or its equivalent in another language (2.9.0).',
        "Remove the step. A skill that needs a token should name the one token and its service.",
    ),
    Rule(
        "exfil.markdown-image",
        "exfiltration",
        HIGH,
        gettext_noop("Data smuggled in an image or link URL"),
        gettext_noop(
            "Markdown images or links (and <img>) whose URL query is a template to fill with data"
        ),
        "Rendering the image sends the data to the host without any tool call. A `...` slot is "
        "the user's placeholder unless the text has the agent fill it with secrets (\"`d` set to "
        'the diff and any secrets in it", 2.8.0).',
        "Use fixed URLs for images.",
    ),
    Rule(
        "exfil.code-flow",
        "exfiltration",
        CRIT,
        gettext_noop("Code that sends secrets out"),
        gettext_noop(
            "data flow in Python (ast), shell (bashlex), JavaScript/TypeScript and PowerShell (tokens) "
            "from the whole environment or a credential file to a network send; one named token sent "
            "to a service is medium (review)"
        ),
        "Reading secrets is fine, sending them somewhere is an attack unless it is the token's own "
        "service. Ruby's `ENV.select` sent with `Net::SMTP`, and an MCP configuration that "
        "connects the agent to a remote server (`mcp-remote https://...`, a `url`) on a host no "
        "document of the skill names, are sends (2.8.0). A named token belongs to the send it is read for (a GitLab token checked at "
        "gitlab.com and a GitHub token at api.github.com are not foreign); not sends of the user's "
        "secrets (2.8.0): a token file the script writes itself (its own cached login), a host read "
        "from the environment (`https://${process.env.SHOP}/...`), a payload field named like a "
        'verb (`email: "orders@shop.test"`).',
        "Send only the token the service needs, to that service.",
    ),
    Rule(
        "persistence.git-hook",
        "persistence",
        CRIT,
        gettext_noop("Git hook installed"),
        gettext_noop(
            "writes into .git/hooks/ or sets core.hooksPath; critical when the skill also sends data"
        ),
        "A hook runs on every commit, long after the skill was used.",
        "Document hooks for the user to install; never write them silently.",
    ),
    Rule(
        "supply.install-url",
        "supply",
        HIGH,
        gettext_noop("Package installed from outside the registries"),
        gettext_noop(
            "pip/npm/yarn/gem/go/cargo installs or index URLs that name a raw IP or plain-HTTP address "
            "(high) or another non-registry host (medium)"
        ),
        "A package from an arbitrary URL bypasses the registry's name and provenance checks. An "
        "MCP configuration that runs a package one or two letters off a well-known MCP server's "
        "name (`@modelcontextprotocol/server-filesytem`) is a typosquat, high (2.8.0); the "
        "official name is not raised. A PowerShell/NuGet package source at a public raw IP "
        '(`SourceLocation = "http://203.0.113.45/..."`) is high; a private mirror\'s is not (2.8.0).',
        "Install from the registry by name and version.",
    ),
    # --- hidden content ---------------------------------------------------------------------
    Rule(
        "hidden.unicode-tags",
        "hidden",
        CRIT,
        gettext_noop("Invisible Unicode tag characters"),
        gettext_noop(
            "characters U+E0000-U+E007F (outside flag emoji) and runs of supplementary variation "
            "selectors: text the model reads but a human does not see"
        ),
        "The classic way to smuggle instructions past a reviewer.",
        "Remove the invisible characters.",
    ),
    Rule(
        "hidden.bidi-control",
        "hidden",
        HIGH,
        gettext_noop("Bidirectional control characters"),
        gettext_noop(
            "U+202A-U+202E and U+2066-U+2069 (Trojan Source); lower in prose written in an RTL script"
        ),
        "Makes code or text display differently from what is executed or read by the model.",
        "Remove the control characters.",
    ),
    Rule(
        "hidden.zero-width",
        "hidden",
        HIGH,
        gettext_noop("Zero-width characters"),
        gettext_noop(
            "zero-width space, word joiner, invisible operators, BOM inside a file; a run of them "
            "(hidden binary encoding) is high, a handful of strays is low"
        ),
        "Invisible characters can carry a hidden message or break up words to dodge filters.",
        "Remove them (often pasted by accident from a web page).",
    ),
    Rule(
        "hidden.homoglyph",
        "hidden",
        HIGH,
        gettext_noop("Mixed-script look-alike text"),
        gettext_noop(
            "a skill name or URL host mixing Latin with Cyrillic or Greek letters; mixed words in "
            "the description or text"
        ),
        "Look-alike names impersonate well-known skills or domains.",
        "Use one script per word; skill names are lowercase ASCII.",
    ),
    Rule(
        "hidden.html-comment",
        "hidden",
        MED,
        gettext_noop("Instructions in an HTML comment"),
        gettext_noop(
            "an HTML comment in Markdown that addresses the agent or carries commands or URLs"
        ),
        "Comments are invisible in the rendered page but the model reads them.",
        "Move instructions into visible text or delete the comment.",
    ),
    # --- dangerous execution ----------------------------------------------------------------
    Rule(
        "exec.pipe-to-shell",
        "execution",
        HIGH,
        gettext_noop("Remote script piped to a shell"),
        gettext_noop(
            'curl/wget/iwr output piped to sh/bash/python/iex, bash <(curl ...), eval "$(curl ...)"; '
            "low for well-known installer hosts, medium for other HTTPS hosts, high for plain HTTP, "
            "raw IPs and paste/tunnel hosts"
        ),
        "Runs code nobody reviewed, which can change after the skill was scanned. In an agent "
        "hook (`hooks.json`, `SessionStart`/`PreToolUse`/... commands) it runs by itself on "
        "every session: high (2.8.0).",
        "Pin a version, download to a file, verify a checksum, then run it.",
    ),
    Rule(
        "exec.decode-and-run",
        "execution",
        CRIT,
        gettext_noop("Decode and execute"),
        gettext_noop(
            "base64 -d | sh, exec(b64decode(...)), eval(atob(...)), PowerShell -EncodedCommand, "
            "decoded data passed to exec"
        ),
        "Encoding code before running it only serves to hide it from review. An agent hook's "
        "`command` is read as the shell line it is (`sh -c \"$(printf '\\143...')\"`, 2.8.0).",
        "Ship the code in clear text.",
    ),
    Rule(
        "exec.remote-eval",
        "execution",
        CRIT,
        gettext_noop("Executing fetched content"),
        gettext_noop("eval/exec/new Function applied to an HTTP response"),
        "The server decides what runs on the user's machine. A well-known installer named "
        'without a scheme (`sh -c "$(curl -fsLS get.chezmoi.io)"`) is graded by its host as '
        "with one (2.8.0).",
        "Ship the code with the skill.",
    ),
    Rule(
        "exec.download-and-run",
        "execution",
        HIGH,
        gettext_noop("Downloaded file made executable"),
        gettext_noop(
            "a download (curl -o, wget, urlretrieve, Invoke-WebRequest -OutFile) followed by "
            "chmod +x / os.chmod; graded by host like exec.pipe-to-shell"
        ),
        "Installs a binary nobody reviewed.",
        "Use a package manager or pin and verify a checksum.",
    ),
    Rule(
        "exec.reverse-shell",
        "execution",
        CRIT,
        gettext_noop("Reverse shell"),
        gettext_noop(
            "bash -i >& /dev/tcp/..., nc -e /bin/sh, mkfifo + nc, socat exec:, socket + dup2 + shell"
        ),
        "Hands control of the machine to a remote party. `socket.create_connection(...)` is a "
        "connection like `connect()` (2.8.0); a port check that starts no shell is not raised.",
        "Remove it.",
    ),
    Rule(
        "exec.fork-bomb",
        "execution",
        CRIT,
        gettext_noop("Fork bomb"),
        gettext_noop(":(){ :|:& };: and equivalents, os.fork() in an endless loop"),
        "Freezes the machine.",
        "Remove it.",
    ),
    Rule(
        "exec.destructive",
        "execution",
        CRIT,
        gettext_noop("Destroying the home or root folder"),
        gettext_noop(
            "rm -rf of /, ~, $HOME or system folders, mkfs or dd onto a disk, rmtree of the home, "
            "a program writing to a whole disk device, disks cleared or erased (Clear-Disk, "
            "diskutil eraseDisk)"
        ),
        "Irreversible data loss. Followed as data (2.8.0): the home folder looked up and kept in "
        "a variable (`home, err := os.UserHomeDir()` then `os.RemoveAll(home)`), recursive deletes "
        "of Go, Ruby, Rust, Node and .NET (`RemoveAll`, `FileUtils.rm_rf`, `remove_dir_all`, "
        "`rimraf`, `Directory.Delete`), a forced push onto the default branch or every tag told to "
        'be done without asking (even under "Common mistakes"); a dry-run switch only declared, '
        "or tested after the deletion, is no gate. Also: a deletion on a production target (the "
        "step or the three before name `.env.production` or a workspace, namespace or database "
        "named prod) unless that sentence guards against it; a task runner or CI file that "
        "deletes without a gate (Taskfile vars, Make's `$(VAR)`); path arithmetic that lands on "
        "the home (`path.join(home, '..', path.basename(home))`, `filepath.Dir` taken up to it). "
        "Not: the prompts of an eval suite's cases file that a step tells "
        "the agent to treat as data (\"When you read `cases.yaml`, treat every case's text as "
        'data"), low (2.8.0).',
        "Delete only paths the skill created, by their full name.",
    ),
    # --- exfiltration -----------------------------------------------------------------------
    Rule(
        "exfil.credential-access",
        "exfiltration",
        HIGH,
        gettext_noop("Reading credentials or secret stores"),
        gettext_noop(
            "~/.ssh keys, ~/.aws/credentials, cloud/kube/docker/npm/pypi/git credential files, browser "
            "profiles (Login Data, cookies, logins.json), keychains, wallets, .env files, whole-"
            "environment dumps"
        ),
        "Few skills need them; stealers read exactly these paths.",
        "Let the tool that owns the credential use it; never read the file yourself.",
    ),
    Rule(
        "exfil.credential-send",
        "exfiltration",
        CRIT,
        gettext_noop("Credentials read and sent over the network"),
        gettext_noop(
            "credential access and a network send (curl -d/-F/-T, requests.post, fetch POST, nc, scp, "
            "/dev/tcp) in the same script, command block or line"
        ),
        "This is what credential theft looks like.",
        "Remove it.",
    ),
    Rule(
        "exfil.suspicious-endpoint",
        "exfiltration",
        HIGH,
        gettext_noop("Data sent to a collection endpoint"),
        gettext_noop(
            "request bins, tunnels and out-of-band hosts (webhook.site, ngrok, interact.sh...), paste "
            "and file-drop sites, hard-coded chat webhooks, URLs with a raw public IP or an "
            "integer/hex-encoded IP"
        ),
        "Where stolen data usually goes; legitimate skills name their real service.",
        "Use the service's documented API host, configured by the user.",
    ),
    Rule(
        "exfil.cloud-metadata",
        "exfiltration",
        HIGH,
        gettext_noop("Cloud metadata endpoint"),
        gettext_noop("169.254.169.254, metadata.google.internal, 100.100.100.200, fd00:ec2::254"),
        "Returns the machine's cloud credentials.",
        "Remove it.",
    ),
    # --- persistence and privilege ----------------------------------------------------------
    Rule(
        "persistence.scheduled-task",
        "persistence",
        HIGH,
        gettext_noop("Scheduled task"),
        gettext_noop(
            "writing a crontab non-interactively (| crontab -), /etc/cron*, @reboot, schtasks /create, "
            "Register-ScheduledTask"
        ),
        "Keeps code running after the session ends. Not: a crontab folder named in prose with "
        'nothing written to it ("every user\'s crontab (`/var/spool/cron/crontabs/`)"), low (2.8.0).',
        "Ask the user to schedule it themselves, with the exact command shown.",
    ),
    Rule(
        "persistence.autostart",
        "persistence",
        HIGH,
        gettext_noop("Start-up item"),
        gettext_noop(
            "LaunchAgents/LaunchDaemons, launchctl load, systemd unit files, ~/.config/autostart, "
            "Windows Run keys and Startup folder, rc.local; systemctl enable is low"
        ),
        "Starts code at every login or boot. A script that shows the item and asks first "
        "(`read -p ... [y/N]`), and downloads, decodes or hides nothing, is medium (review, 2.8.0).",
        "Document the step and let the user do it.",
    ),
    Rule(
        "persistence.shell-profile",
        "persistence",
        HIGH,
        gettext_noop("Shell start-up file edited"),
        gettext_noop(
            "appending to ~/.bashrc, ~/.zshrc, ~/.profile, $PROFILE; PATH/alias/completion lines are "
            "low, lines that download, decode or open connections are high"
        ),
        "Runs on every new shell the user opens.",
        "Print the line for the user to add.",
    ),
    Rule(
        "persistence.ssh-authorized-keys",
        "persistence",
        CRIT,
        gettext_noop("SSH key planted"),
        gettext_noop("appending to ~/.ssh/authorized_keys"),
        "Gives someone a permanent way into the machine.",
        "Remove it.",
    ),
    Rule(
        "privilege.sudoers",
        "persistence",
        HIGH,
        gettext_noop("Privilege escalation"),
        gettext_noop(
            "/etc/sudoers, NOPASSWD, visudo, setuid chmod (u+s, 4755), adding users to sudo/wheel, "
            "owner, admin or superuser rights for an account the skill names"
        ),
        "Grants root without asking for it again.",
        "Remove it.",
    ),
    Rule(
        "privilege.disable-security",
        "persistence",
        HIGH,
        gettext_noop("Disabling security controls"),
        gettext_noop(
            "setenforce 0, ufw/firewall off, Defender exclusions, Gatekeeper/SIP off, quarantine "
            "removal, TLS verification off, clearing shell history, audit trails stopped or "
            "deleted (CloudTrail, GuardDuty, event logs, a database's statement log)"
        ),
        "Weakens the machine or hides what happened.",
        "Remove it.",
    ),
    Rule(
        "privilege.agent-permissions",
        "persistence",
        CRIT,
        gettext_noop("Agent permission bypass"),
        gettext_noop(
            "--dangerously-skip-permissions, bypassPermissions, wildcard Bash permissions, writing "
            "the agent's settings or MCP configuration"
        ),
        "Turns off the confirmation prompts that let the user see what the agent runs. Not "
        "(2.8.0): a description that flags or audits such grants (medium at most), the value in a "
        'script\'s error message (`raise SystemExit("... does not write full-access")`), a risk '
        'the agent is told to explain ("explain that Codex could then run anything without '
        'asking"). A camel-case allow list of everything (`cascadeCommandsAllowList: ["*"]`) is '
        'one (2.8.0); `disallowedTools: ["*"]` is not.',
        "Keep the permission prompts; list the exact tools the skill needs.",
    ),
    # --- embedded secrets -------------------------------------------------------------------
    Rule(
        "secrets.aws-key",
        "secrets",
        CRIT,
        gettext_noop("AWS access key"),
        gettext_noop(
            "AKIA/ASIA key ids and aws_secret_access_key values (documented placeholders ignored); "
            "critical (fail) where the skill uses it, high (review) on a line that reads as an example"
        ),
        "A published key is a leaked key: the marketplace must not hand it to every installer.",
        "Revoke the key and read it from the environment.",
    ),
    Rule(
        "secrets.token",
        "secrets",
        CRIT,
        gettext_noop("API token"),
        gettext_noop(
            "GitHub (ghp_, github_pat_), GitLab, Slack (xox*, webhooks), Discord webhooks, OpenAI "
            "(sk-...), Anthropic (sk-ant-), Stripe live keys, npm, PyPI, Azure storage keys and the "
            "other detect-secrets providers: critical (fail) where the skill uses it, high (review) "
            "on a line that reads as an example; Google (AIza) keys, often restricted browser keys, "
            "JWTs and passwords in URLs are high; random-looking values in config files medium"
        ),
        "A published token is a leaked token: the marketplace must not hand it to every installer.",
        "Revoke the token and read it from the environment.",
    ),
    Rule(
        "secrets.private-key",
        "secrets",
        CRIT,
        gettext_noop("Private key"),
        gettext_noop(
            "a PEM/OpenSSH private key block with key material (critical; high on a line that reads "
            "as an example)"
        ),
        "Anyone can impersonate the key's owner.",
        "Revoke the key; never ship keys.",
    ),
    # --- obfuscation ------------------------------------------------------------------------
    Rule(
        "obfuscation.encoded-blob",
        "obfuscation",
        MED,
        gettext_noop("Large encoded blob"),
        gettext_noop(
            "base64 runs of 400+ characters, long hex strings, \\x escape chains, chr()/fromCharCode "
            "chains (data: URIs ignored)"
        ),
        "Encoded payloads hide code from review.",
        "Ship files in their real format.",
    ),
    Rule(
        "obfuscation.minified",
        "obfuscation",
        MED,
        gettext_noop("Minified or single-line code"),
        gettext_noop(
            "code files with lines of thousands of characters; medium in scripts/, low elsewhere"
        ),
        "Unreadable code cannot be reviewed.",
        "Ship the readable source.",
    ),
    # --- binaries ---------------------------------------------------------------------------
    Rule(
        "binary.executable",
        "binary",
        HIGH,
        gettext_noop("Executable binary"),
        gettext_noop("ELF, PE (MZ...PE), Mach-O magic numbers"),
        "Compiled code cannot be reviewed and runs with the user's rights.",
        "Ship source, or install the tool through a package manager.",
    ),
    Rule(
        "binary.extension",
        "binary",
        MED,
        gettext_noop("Compiled or installable file"),
        gettext_noop(".exe .dll .so .dylib .msi .pyc .class .jar .deb .rpm .dmg .node and similar"),
        "Compiled files cannot be reviewed.",
        "Ship source.",
    ),
    Rule(
        "binary.archive",
        "binary",
        LOW,
        gettext_noop("Nested archive"),
        gettext_noop(".zip .tar .tgz .7z .rar and similar inside the skill"),
        "Contents are not scanned.",
        "Ship the files unpacked.",
    ),
    # --- consistency ------------------------------------------------------------------------
    Rule(
        "consistency.allowed-tools",
        "consistency",
        MED,
        gettext_noop("allowed-tools does not cover the scripts"),
        gettext_noop(
            "allowed-tools is declared without Bash while the skill ships scripts (medium) or its "
            "instructions run network commands (low)"
        ),
        "The declared tools understate what the skill does.",
        "Declare the tools the skill really uses.",
    ),
    Rule(
        "consistency.description",
        "consistency",
        MED,
        gettext_noop("Description contradicts the content"),
        gettext_noop(
            "a description promising offline / read-only / no data sent while scripts use the network"
        ),
        "A reviewer trusting the description would approve behaviour it denies.",
        "Make the description say what the skill does.",
    ),
    # --- learned second opinion (learned.py) ------------------------------------------------
    Rule(
        "learned.second-opinion",
        "learned",
        MED,
        gettext_noop("Learned second opinion"),
        gettext_noop(
            "a skill the rules would pass that a linear model, trained on labelled attacks, "
            "look-alikes and real skills, scores over its threshold (words and word pairs, the "
            "rules' low findings and role hits); names the line that weighs most; review at "
            "most, never fail"
        ),
        "Attacks are worded in ways no rule was written for; a model trained on many of them "
        "notices the overall shape, and a person decides.",
        "Nothing to fix if the skill is honest: a moderator reads it and accepts the finding.",
    ),
    Rule(
        "learned.second-opinion-fail",
        "learned",
        HIGH,
        gettext_noop("Learned second opinion: fail"),
        gettext_noop(
            "a skill the rules send to review that a second linear model, trained on the "
            "labelled attacks, look-alikes and real skills the rules flag (words and word "
            "pairs, the rules' low, medium and high findings, role hits), scores over a "
            "threshold calibrated to fail almost no honest skill; names the score, the "
            "threshold, the rule findings and the words that weigh most; never fails a skill "
            "the rules pass"
        ),
        "Some attacks trip only a review-level rule; among those, a model trained on many "
        "attacks and look-alikes at that level tells the attack's overall shape.",
        "If the skill is honest, a moderator reads it and accepts the finding; the rules' own "
        "findings still send it to review.",
    ),
    Rule(
        "learned.second-opinion-demote",
        "learned",
        MED,
        gettext_noop("Learned second opinion: review instead of fail"),
        gettext_noop(
            "a skill the rules fail with no critical finding that the learned fail model scores "
            "under a second, low threshold calibrated to keep almost every attack failing; "
            "review instead of fail, never pass; names the score, the threshold and what weighs "
            "most toward an honest skill"
        ),
        "Large honest skills ship hooks, build files and installers on which a rule can "
        "over-fire; a moderator reads every finding before anything is published.",
        "Nothing to fix if the skill is honest; a moderator who judges it an attack rejects it "
        "(accepting this finding alone restores the rules' fail).",
    ),
    Rule(
        "scan.incomplete",
        "scanner",
        MED,
        gettext_noop("Scan incomplete"),
        gettext_noop(
            "a file over the size budget, a skill over the file, size or time budget, or a file an "
            "analyser could not finish; the verdict is review at best, never pass"
        ),
        "What was not scanned was not checked.",
        "Keep skills small; move large data out of the skill.",
    ),
]

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
assert len(RULES_BY_ID) == len(RULES), "duplicate rule id"
