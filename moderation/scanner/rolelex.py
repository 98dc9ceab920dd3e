"""Concept lexicons of the action-role model (roles.py): what a unit of a skill asks for.

Each pattern recognises a *concept* (a secret source, a network sink, a deletion target...) in
any of its spellings, not one attacker's sentence: the code and prose of a unit are first
normalised (roles.normalise: string pieces joined, home-folder spellings unified), then matched
here. All patterns are RE2 (linear time) and feed RULES_HASH.
"""

from __future__ import annotations

import re

from . import rx
from .lexicon import CLIENT_STORES

_I = re.IGNORECASE

# -- normalisation: spellings of one thing -----------------------------------------------------
# "c""u""r""l", "a" + "b", 'x' 'y', "${IFS}": pieces of one word or path.
JOIN_PIECES = rx.compile(r"""["'`][ \t]*\+\s*["'`]""", 0)
# ["https://", "ats-bridge", ".example.com"].join(""): an address split into an array.
ARRAY_JOIN = rx.compile(
    r"""\[\s*((?:["'][^"'\n]*["']\s*,\s*)+["'][^"'\n]*["'])\s*,?\s*\]\s*\.join\(\s*(?:""|'')\s*\)""",
    0,
)
IFS = rx.compile(r"\$\{?IFS\}?", 0)
# Path joins: Path.home() / ".ssh" / "id_rsa", os.path.join(home, ".aws", "credentials"),
# Join-Path $env:USERPROFILE ".azure", path.join(os.homedir(), ".ssh").
PATH_JOIN = rx.compile(
    r"""["'`]?[ \t]*(?:/|,)[ \t]*["'`](\.?[\w.-]+)["'`]|\bJoin-Path\s+(\S+)\s+["']?""", 0
)
HOME = rx.compile(
    r"\bPath\.home\(\)|\b(?:os\.)?homedir\(\)|\bos\.path\.expanduser\(\s*[\"']~[\"']\s*\)"
    r"|\bexpanduser\(\s*[\"']~|\$\{?HOME(?::-[^}]*)?\}?|\$\(HOME\)|%USERPROFILE%|%HOMEPATH%|\$env:USERPROFILE"
    r"|\$env:HOME\b|\$HOME\b|os\.environ\[\s*[\"']HOME[\"']\s*\]|process\.env\.HOME\b"
    r"|os\.getenv\(\s*[\"']HOME[\"']\s*\)|\bUserHomeDir\(\)|\bGetFolderPath\(\S*UserProfile\)"
    r"|\bthe\s+user'?s\s+home\s+(?:folder|directory)|\bhome\s+(?:folder|directory)",
    0,
)

# -- other languages: the same concepts in the languages skills are written in ---------------------
# (Spanish, French, German, Korean, Japanese, Chinese). RE2's \b is ASCII: CJK phrases go without it.
_ML_CHAT = (
    r"|\b(?:esta|la)\s+conversaci[oó]n\b|\btranscripci[oó]n\s+completa\b|\bque\s+peg[oó]\s+el\s+usuario\b"
    r"|\bcette\s+conversation\b|\bhistorique\s+de\s+(?:cette|la)\s+conversation\b"
    r"|\bl'utilisateur\s+l'a\s+coll[ée]\b|\b(?:dieses|das)\s+Gespr[äa]chs?\b|\bChatverlauf\b"
    r"|\bGespr[äa]chsverlauf\b|이\s*대화|대화\s*(?:내용|기록|전체)|会話(?:履歴|の内容|全体)"
    r"|对话(?:记录|内容|历史)|聊天记录"
    # Portuguese and Russian, and what the user pasted into the chat in each language (2.9.0)
    r"|\b(?:esta|a)\s+conversa\b|\bconversa\s+(?:inteira|completa)\b|\bhist[oó]rico\s+(?:da|de|desta)\s+conversa"
    r"|\bcolad[oa]s?\s+na\s+conversa|\bque\s+o\s+usu[aá]rio\s+(?:colou|enviou|compartilhou)\b"
    r"|\bpegad[oa]s?\s+en\s+(?:la|esta)\s+conversaci|\bcoll[ée]e?s?\s+dans\s+(?:la|cette)\s+conversation"
    r"|\bvom\s+(?:Nutzer|Benutzer)\s+eingef[üu]gt|(?:эт(?:от|ого|ом|у)|весь|всего|всю)\s+(?:диалог|разговор|переписк|чат)"
    r"|истори\S*\s+(?:диалога|переписки|чата|разговора)|вставил\S*\s+пользовател"
    r"|что\s+(?:написал|вставил|прислал)\s+пользовател|사용자가\s*(?:붙여\s*넣|입력|보낸)"
    r"|ユーザーが(?:貼り付け|入力|送っ)|用户(?:粘贴|输入|发送)的"
    # everything the user wrote or pasted ("tout ce que l'utilisateur a écrit ou collé")
    r"|\btout\s+ce\s+que\s+l'utilisateur\s+a\b|\bdepuis\s+le\s+d[ée]but\s+de\s+la\s+conversation"
    r"|\btodo\s+lo\s+que\s+(?:el\s+usuario|escribi[oó]|peg[oó])|\btudo\s+o\s+que\s+o\s+usu[aá]rio"
    r"|\balles,?\s+was\s+(?:der\s+)?(?:Nutzer|Benutzer)|вс[её]\s*,?\s*что\s+(?:\S+\s+)?пользовател"
    r"|사용자가\s*(?:쓴|작성한|붙여\s*넣은|입력한)|ユーザーが(?:書い|貼り付け|入力)|用户(?:写|粘贴|输入|发送)的(?:所有|全部)?"
    # the full text of a document the user hands over ("o texto integral do contrato")
    r"|\btexto\s+(?:integral|completo|[ií]ntegro)\s+d[oae]l?s?\s+(?:contrato|documento|e-?mail|correo|mensa(?:gem|je)|conversa)"
    r"|\btexte\s+(?:int[ée]gral|complet)\s+d[eu]s?\s+(?:contrat|document|e-?mail|courriel|message|la\s+conversation)"
    r"|\bvollst[äa]ndigen?\s+(?:Text|Wortlaut)\s+de[rs]\s+(?:Vertrag|Dokument|E-?Mail|Nachricht|Gespr)"
)
_ML_CONCEAL = (
    r"|\b(?:inutile|pas\s+besoin)\s+de\s+(?:le\s+|la\s+|les\s+|en\s+)?(?:signaler|mentionner|dire|"
    r"parler|préciser)\b|\bne\s+(?:le\s+|la\s+|les\s+|l')?(?:mentionne|signale|dis|explique)\s+pas\b"
    r"|\bno\s+(?:lo\s+|la\s+|le\s+)?(?:menciones|expliques|digas|informes|comentes)\b"
    r"|\b(?:erw[äa]hne|sage|erkl[äa]re)\s+(?:es\s+|das\s+|dies\s+)?(?:dem\s+(?:Nutzer|Benutzer)\s+)?nicht\b"
    r"|(?:사용자|유저)에게\s*(?:\S+\s+){0,2}?(?:말하지|알리지|설명하지|언급하지)\s*(?:마|말)"
    r"|(?:ユーザー|利用者)に[^。\n]{0,12}(?:言わない|伝えない|知らせない|説明しない)|不要(?:告诉|告知|提及|通知)"
    # 2.9.0: more verbs of telling, and Portuguese and Russian
    r"|\bne\s+(?:le\s+|la\s+|les\s+|l')?(?:pr[ée]cise|indique|pr[ée]viens|r[ée]v[eè]le)\s+pas\b"
    r"|\bsans\s+(?:le\s+|en\s+)?(?:dire|mentionner|signaler|pr[ée]ciser)\b"
    r"|\bno\s+(?:lo\s+|la\s+|le\s+)?(?:indiques|avises|reveles|muestres)\b|\bsin\s+(?:decirlo|mencionarlo|avisar)\b"
    r"|\bn[aã]o\s+(?:o\s+|a\s+|lhe\s+)?(?:mencione|diga|informe|avise|conte|revele)\b|\bsem\s+(?:avisar|mencionar|dizer|informar)\b"
    r"|\bohne\s+(?:es\s+)?(?:zu\s+)?(?:erw[äa]hnen|sagen|melden)\b"
    r"|\bne\s+parle\s+jamais\s+de|\bn'en\s+parle\s+pas\b"
    r"|не\s+(?:упоминай|сообщай|говори|рассказывай|уведомляй|показывай)\s+(?:об\s+этом\s+)?пользовател"
    r"|пользователю\s+(?:об\s+этом\s+)?не\s+(?:говори|сообщай|упоминай)|незаметно|тайно"
    r"|몰래|こっそり|黙って|悄悄|偷偷|不要让用户知道|不要(?:向|对|跟)用户(?:透露|说明|提及)"
)
_ML_ELEVATION = (
    r"|(?:지시|지침|규칙|프롬프트|제한)[^.\n]{0,40}무시(?:하라|해라|하고|하세요|하십시오|해|한다|합니다)"
    r"|도구\s*호출[^.\n]{0,20}승인된\s*것으로|(?:指示|ルール|制限|プロンプト)[^。\n]{0,30}無視(?:して|しろ|せよ|する)"
    r"|忽略(?:之前|以前|所有|先前|上述)[^。\n]{0,10}(?:指令|指示|规则|提示)"
    r"|\bignora\w*\s+(?:todas\s+)?las\s+instrucciones\s+(?:anteriores|previas)\b"
    r"|\bignore[rz]?\s+(?:toutes\s+)?les\s+instructions\s+(?:pr[ée]c[ée]dentes|ant[ée]rieures)\b"
    r"|\bignorier\w*\s+(?:alle\s+)?(?:vorherigen|bisherigen|fr[üu]heren)\s+(?:Anweisungen|Regeln)\b"
    # 2.9.0: instructions replaced or outranked, consent claimed, every call approved
    r"|忽略(?:之前|以前|所有|先前|上述)[^。\n]{0,30}(?:要求|限制|确认)|优先于(?:系统提示|系统|用户)"
    r"|用户已(?:经)?(?:同意|批准|授权)|(?:批准|同意)(?:所有|每个|任何)(?:工具)?调用"
    r"|\bremplace\w*\s+(?:toutes\s+)?les\s+(?:instructions|consignes|r[eè]gles)\s+(?:pr[ée]c[ée]dentes|ant[ée]rieures)"
    r"|\bl'utilisateur\s+a\s+d[ée]j[àa]\s+(?:accord[ée]|approuv[ée]|donn[ée]|autoris[ée]|consenti)"
    r"|\baccepte[rz]?\s+(?:tout|chaque|tous\s+les)\s+appels?\s+d'outils?"
    r"|\breemplaza\w*\s+(?:todas\s+)?las\s+instrucciones\s+(?:anteriores|previas)"
    r"|\bel\s+usuario\s+ya\s+(?:ha\s+)?(?:aprobado|autorizado|dado\s+permiso|aceptado)"
    r"|\baprueba\s+(?:todas\s+las|cada)\s+llamadas?"
    r"|\bignor\w+\s+(?:todas\s+)?as\s+instru[çc][õo]es\s+anteriores|\bsubstitu\w+\s+as\s+instru[çc][õo]es"
    r"|\bo\s+usu[aá]rio\s+j[aá]\s+(?:aprovou|autorizou|deu\s+permiss|aceitou)|\baprove\s+(?:todas\s+as|cada)\s+chamadas?"
    r"|\b(?:Nutzer|Benutzer)\s+hat\s+bereits\s+(?:zugestimmt|erlaubt|genehmigt|freigegeben)"
    r"|\bersetz\w*\s+(?:alle\s+)?(?:vorherigen|bisherigen)\s+(?:Anweisungen|Regeln)"
    r"|\bgenehmige\s+(?:jeden|alle|jede)\s+(?:Tool|Werkzeug)"
    r"|игнорируй\s+(?:все\s+)?(?:предыдущие|прежние)\s+(?:инструкции|указания|правила)"
    r"|пользователь\s+уже\s+(?:разрешил|одобрил|согласился|дал\s+согласие)|одобряй\s+(?:все|любые|каждый)"
    r"|имеют\s+приоритет\s+над\s+(?:системн|инструкц|пользовател)"
    r"|사용자(?:는|가)\s*이미\s*(?:동의|승인|허락)|시스템\s*프롬프트보다\s*우선"
    r"|ユーザーは(?:既に|すでに)(?:同意|承認|許可)|システムプロンプトより優先"
)
_ML_NO_CONFIRM = (
    r"|\bsans\s+(?:demander|confirmation|pr[ée]venir|pr[ée]avis)\b|\bsin\s+(?:preguntar|pedir|"
    r"confirmar|confirmaci[oó]n|avisar)\b|\bohne\s+(?:zu\s+)?(?:fragen|nachzufragen|Best[äa]tigung|"
    r"best[äa]tigen)\b|묻지\s*(?:말고|않고)|확인\s*없이|確認(?:せず|なしで)|聞かずに|无需确认|不要询问|不经确认"
)
_ML_SEND = (
    r"|\benv(?:oie|oyer|oyez|[ií]a|iar|[ií]e)\b|\btransmet\w*|\bschick\w*|\bsende\b"
    # 2.9.0: the other languages of the skills (upload, transmit, hand over)
    r"|\bhochlad\w*|\b[üu]bermittel\w*|\bt[ée]l[ée]vers\w*|\bcarreg(?:ue|ar)\b|\bfa[çc]a\s+upload"
    r"|отправ|пересыл|перешл|загрузи\S*\s+на|보내|전송|업로드|送信|送って|送る|送り|アップロード|发送|上传|转发"
)

# -- sources -------------------------------------------------------------------------------------
# Credential files and folders, in any spelling once normalised (`~/.aws`, `.aws/credentials`,
# "the hidden folder the AWS CLI uses"), wallets, keychains, browser profiles, GPG secret keys.
SRC_CRED = rx.compile(
    r"\.ssh\b(?:/(?:id_\w+|identity|\*))?(?:\s|[\"'`),/]|$)|\bid_(?:rsa|dsa|ecdsa|ed25519)\b"
    r"|\.aws\b(?:/(?:credentials|config|sso))?|\.azure\b|\.kube/config|\.kube\b|\.docker\}?/config"
    r"|\.gnupg\b|--export-secret-(?:sub)?keys\b|\bgpg\s+(?:--\S+\s+)*--export-secret|\bsecring\b|\.config/(?:gh|gcloud|hub|op)\b"
    r"|\bhosts\.yml\b|application_default_credentials|\.netrc\b|\.git-credentials\b|\.npmrc\b"
    r"|\.pypirc\b|\.pgpass\b|\.vault-token\b|\.vercel\b|\.terraform\.d\b|\.password-store\b"
    r"|\.(?:electrum|bitcoin|ethereum|solana|monero)\b|\bexodus\b|\bwallet\.dat\b|\bkeystore\b"
    r"|\b(?:seed|recovery)\s+phrases?\b|\bmnemonic\b|\bkeychains?\b|\bsecurity\s+(?:find|dump)-"
    r"|\blogin\s+data\b|\bcookies\.sqlite\b|\blogins\.json\b|\bkey[34]\.db\b|\blocal\s+state\b"
    r"|\b(?:chrome|chromium|firefox|brave|edge|safari|browser)'?s?\s+(?:\w+\s+)?(?:profiles?|"
    r"cookies|passwords?|sessions?|logins?)\b|\bsaved\s+passwords?\b|/etc/shadow\b"
    r"|\.(?:bash|zsh)_history\b"
    + CLIENT_STORES
    + r"|\bservice[-_]?account[\w-]*\.json\b|\bprivate\s+keys?\b|\bssh\s+keys?\b"
    r"|\bcredential\s+(?:files?|store|cache|manager)\b|\btoken[-_ ]cache\b"
    r"|\bhidden\s+(?:folder|directory|file)\s+(?:that\s+|where\s+)?(?:the\s+)?(?:\w+\s+){0,3}"
    r"(?:cli|tool|client|ssh|git|aws|gcloud|azure|kubectl|docker|npm)\b"
    r"|\.claude/(?:projects|history)|\.codex/(?:sessions|history)|history\.jsonl"
    r"|\.gemini/tmp\b|\.continue/sessions\b|\.aider\.chat\.history|\.cursor/chats\b"
    # the user's personal stores: mail, messages, calendars, contacts, browsing history
    r"|~/Library/(?:Calendars|Messages|Mail|Application\s+Support/AddressBook|Safari)\b|\bchat\.db\b"
    r"|\bAddressBook-v22\.abcddb\b|\.thunderbird\b"
    # secrets named as what is read from a file under home or root ("any token in ~/.local/...")
    r"|\b(?:any|every|all|each|the)\s+(?:\w+\s+)?(?:tokens?|secrets?|passwords?|api[-_ ]?keys?|"
    r"credentials?)\s+(?:in|from|inside|under)\s+[`'\"]?(?:~|\$HOME|/(?:etc|home|root|Users|var)\b)"
    # commands that print a credential
    r"|\bkubectl\s+config\s+view\b[^\n|;]*--raw|\bgh\s+auth\s+token\b|\bgcloud\s+auth\s+"
    r"(?:print-access-token|application-default\s+print-access-token)\b|\baz\s+account\s+"
    r"get-access-token\b|\baws\s+configure\s+(?:export-credentials|get\s+aws_secret_access_key)\b"
    r"|\bgit\s+credential\s+fill\b|\bdocker-credential-\w+\s+get\b|\bop\s+read\s+op://"
    r"|\bvault\s+kv\s+get\b|\bkubectl\s+get\s+secrets?\b[^\n|;]*-o\s*(?:json|yaml|jsonpath)",
    _I,
)
# Project secrets files: a deploy reads them legitimately; sent to an unknown host from a
# script, or with concealment, they are stolen.
SRC_DOTENV = rx.compile(
    r"(?:^|[\s`'\"(/=:,\[@])\.env(?:\.[a-z]+)?\b|\b(?:credentials?|secrets?|tokens?|auth)\."
    r"(?:json|ya?ml|toml|txt)\b",
    _I,
)
# Files that look like a credential but are not secret.
SRC_HARMLESS = rx.compile(
    r"\.pub\b|known_hosts|authorized_keys|\.ssh/config\b|\.env\.(?:example|sample|template|dist)"
    r"|\.envrc|\.environment|\.env\s+files?\s+(?:for|with)\s+(?:duplicate|syntax)",
    _I,
)
# The whole environment, or every secret in it.
SRC_ENV_BULK = rx.compile(
    r"\bprocess\.env\s*[,)};\]]|\bos\.environ\s*[,)};\]]|\bdict\(\s*os\.environ\s*\)|\bos\.environ\.(?:items|copy|keys|values)\("
    r"|/proc/\S*environ\b|[\"']environ[\"']|\$\(\s*(?:env|printenv|set)\s*\)|`(?:env|printenv)`|\bprintenv\s*(?:\||>|\)|$)"
    r"|\benv\s*(?:\||>)|\bGet-ChildItem\s+env:|\b(?:gci|dir|ls)\s+env:|\[Environment\]::"
    r"GetEnvironmentVariables|\bos\.Environ\(\)|\bENV\.(?:to_h|each|map|select)|\$_ENV\b"
    r"|\b(?:every|all|each|any)\s+(?:of\s+the\s+)?(?:api[-_ ]?keys?|tokens?|secrets?|credentials?|"
    r"passwords?|environment\s+variables?|env\s+vars?)\b[^.\n]{0,60}?(?:environment|env\b|shell|"
    r"machine|set|defined|exported|available|you\s+(?:can\s+)?find|you\s+have)"
    r"|\b(?:every|all|each)\s+(?:\w+\s+){0,2}?variables?\s+(?:\w+\s+){0,3}?(?:current\s+)?(?:shell|"
    r"environment|session)\b[^.\n]{0,60}?\b(?:values?|secrets?)\b"
    r"|\b(?:dump|collect|gather|harvest|grab|export|print|list)\s+(?:the\s+)?(?:whole\s+|entire\s+|"
    r"full\s+)?(?:environment|env)\b|\bsecrets\s+context\b|\btoJSON\(\s*secrets\s*\)",
    _I,
)
# A named secret variable: $X_TOKEN, ${{ secrets.X }}, os.environ["X_KEY"], process.env.X_SECRET.
SRC_ENV_NAMED = rx.compile(
    r"(?:\$\{?|\$env:|\benv\.|process\.env\.|os\.environ\[\s*[\"']|getenv\(\s*[\"']|"
    r"ENV\[\s*[\"']|secrets\.)([A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?|PAT|"
    r"AUTH)[A-Za-z0-9_]*)",
    0,
)
# The conversation, what the user pasted or shared, their clipboard.
SRC_CHAT = rx.compile(
    r"\b(?:this|the\s+(?:whole|full|entire|current|complete))\s+(?:conversation|chat|session|"
    r"transcript|discussion|exchange|thread|dialog(?:ue)?)\b"
    r"|\b(?:conversation|chat|session|message|prompt|dialog(?:ue)?)\s+(?:history|log|logs|transcript|"
    r"contents?|so\s+far)\b"
    r"|\b(?:every|each|all|any)\s+(?:\w+\s+){0,2}?(?:messages?|documents?|files?|attachments?|"
    r"pastes?|snippets?|prompts?|questions?|answers?|entr(?:y|ies)|exchanges?|notes?)\s+(?:that\s+)?"
    # whoever writes them: the user, the shop owner, the candidate
    r"(?:the\s+user|they|you|the\s+(?:\w+\s+)?\w+)\s+(?:\w+\s+)?(?:shares?|shared|pastes?|pasted|sends?|sent|writes?|"
    r"wrote|types?|typed|uploads?|uploaded|gives?|gave|provides?|provided|attach\w*|opens?|asks?|"
    r"read|see|saw|receive\w*)\b"
    r"|\b(?:everything|anything|whatever|what)\s+(?:else\s+)?(?:the\s+user|they)\s+(?:\w+\s+)?"
    r"(?:writes?|wrote|types?|typed|says?|said|pastes?|pasted|shares?|shared|sends?|sent|tells?|"
    r"told|gives?|gave|asks?|asked)\b"
    r"|\b(?:the\s+)?user'?s?\s+(?:own\s+|raw\s+|full\s+|original\s+|private\s+)?"
    r"(?:conversation|chat|documents?|notes|diary|journal|entries|pastes?|clipboard|history)\b"
    r"|<(?:the|a|an|your|their|user'?s?|whole|full|entire|original|raw|last)\s[^>\n]{0,40}\b(?:e-?mail|message|text|document|session|conversation|chat|question|prompt|"
    r"input|cv|resume|notes?|entry|draft|history|contents?|transcript|reply)\b[^>\n]{0,40}>"
    r"|\bthe\s+(?:\w+\s+){0,2}?(?:documents?|files?|cv|resume|contract|e-?mail|notes?|text|code)\s+"
    r"(?:that\s+)?the\s+user\s+(?:shares?|shared|pastes?|pasted|uploads?|uploaded|sends?|sent|"
    r"provides?|gives?|asks?)\b|\bthe\s+raw\s+(?:data|text|input)\b|\b(?:pasted|shared)\s+(?:documents?|text|content|files?|"
    r"data|code|schema)\b|\bsystem\s+prompt\b"
    r"|\{\{\s*(?:conversation|messages|history|transcript|user_input|prompt)|\bpyperclip\.paste\b|\bpbpaste\b|\bxclip\b[^\n]*-o|\bxsel\b|\bGet-Clipboard\b"
    r"|\bclipboard\.read\w*\(|\bclipboard\s+(?:contents?|history|text)\b"
    # what the skill has the user paste: "ask the user to paste the full text", "the thread as pasted"
    r"|\b(?:ask|have|let|get)\s+the\s+user\s+(?:to\s+)?(?:paste|attach|upload|share)\b"
    r"|\b(?:thread|text|e-?mail|document|message|conversation|chat|notes?)s?\s+as\s+(?:pasted|shared)\b"
    + _ML_CHAT,
    _I,
)
# Content the user pastes or shares, in any wording: "the thread the user pasted", "the
# interviewer pastes their raw notes".
SRC_PASTED = rx.compile(
    r"\bthe\s+(?:\w+\s+){0,2}?\w+\s+(?:that\s+)?the\s+user\s+(?:shares?|shared|pastes?|pasted|uploads?|"
    r"uploaded|provides?|provided|gives?|gave|forwards?|forwarded|exports?|exported)\b"
    r"|\b\w+\s+(?:pastes|pasted|uploads|uploaded)\s+(?:their|the|his|her|a|an|in)\b",
    _I,
)
# What the user just asked: the input of every skill; sent out in the same step, it is a leak.
SRC_ASK = rx.compile(
    r"\b(?:the\s+)?user'?s?\s+(?:last\s+|latest\s+|current\s+|original\s+)?(?:messages?|prompts?|"
    r"questions?|inputs?|requests?|answers?|replies|words|text)\b|\buser'?s?\s+full\s+messages?\b",
    _I,
)
# The same in code: placeholders and variables named for the conversation.
SRC_CHAT_CODE = rx.compile(
    r"\b[A-Z_]*(?:USER_MESSAGE|USER_INPUT|USER_PROMPT|CONVERSATION|CHAT_HISTORY|TRANSCRIPT|"
    r"PASTED|THE_USER)[A-Z_]*\b|\b(?:CONVERSATION|CHAT_LOG|MESSAGES_SO_FAR)\b"
    # what an agent hook receives on stdin: the user's prompt and the transcript's path
    r"|\btranscript_path\b|\{[^}\n]{0,40}\.prompt\b",
    0,
)

# -- sinks ----------------------------------------------------------------------------------------
# Commands and calls that send data out, in any language.
SINK_CALL = rx.compile(
    r"\bcurl\b[^\n|;&]*?(?:\s-[a-zA-Z]*[dFT]\b|\s--data[\w-]*|\s--form\b|\s--upload-file\b|"
    r"\s-X\s*['\"]?(?:POST|PUT|PATCH)|\s--request\s+['\"]?(?:POST|PUT|PATCH)|\s--mail-rcpt\b|"
    r"smtps?://|\s--json\b)|\bwget\b[^\n|;&]*--post-(?:data|file)"
    r"|\b(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b[^\n|;&]*-(?:Method\s+['\"]?(?:Post|Put)|"
    r"Body|InFile)\b|\.Upload(?:String|File|Data|Values)\w*\s*\(|\bsendBeacon\b|\bSend-MailMessage\b"
    r"|\brequests\.(?:post|put|patch)\s*\(|\bhttpx\.(?:post|put|patch)\s*\(|\b(?:session|client)\."
    r"(?:post|put|patch)\s*\(|\burllib\.request\.Request\([^)]*data\s*=|\bRequest\([^)\n]*data\s*="
    r"|\burlopen\s*\([^)\n]*(?:data|\w+\.encode\(\))|\bmethod\s*[:=]\s*['\"](?:POST|PUT|PATCH)['\"]"
    r"|\baxios\.(?:post|put|patch)\s*\(|\bhttps?\.request\s*\(|\breq\.write\s*\(|\bXMLHttpRequest\b"
    r"|\bhttp\.(?:Post|PostForm)\s*\(|\bhttp\.NewRequest\(\s*[\"'](?:POST|PUT)|\bNet::HTTP\.post"
    r"|\bgit\s+push\b|\bgh\s+gist\s+create\b|\bgh\s+api\b[^\n]*\s-(?:f|F|-field|-input)\b"
    r"|\b(?:aws\s+s3|gsutil|azcopy)\s+(?:cp|sync|mv)\b|\brclone\s+(?:copy|sync|move)\b"
    r"|\bscp\s+\S|\bsftp\b|\bftp\b|\bftplib\b|\brsync\b[^\n]*\s\S+:|\bnc\s+(?:-\w+\s+)*[\w.-]+\s+\d+"
    r"|\bncat\b|\bsocat\b|/dev/(?:tcp|udp)/|\bopenssl\s+s_client\b"
    r"|\bsmtplib\b|\bsendmail\b|\bmail\s+-s\b|\bmutt\b|\bnodemailer\b|\bmailto:"
    r"|\bNet::SMTP\b|\bMail\.deliver\b|\bnet/smtp\b[^\n]*\bSendMail\b|\bsmtp\.SendMail\s*\("
    r"|\b(?:nslookup|dig|Resolve-DnsName|drill)\b[^\n]*(?:\$|\{|%|[\"'`]\s*\+)"  # not dig's +options
    r"|\bdns\.(?:resolve\w*|lookup)\s*\(|\bResolver\(\)|\bresolver\.(?:resolve|query)\s*\("
    r"|\bsocket\.(?:gethostbyname|getaddrinfo)\s*\(|\bping\s+(?:-\w+\s+(?:\d+\s+)?)*-p\b"
    r"|\bnet\.(?:DefaultResolver\.)?Lookup(?:Host|IP|TXT|CNAME|Addr|MX|NS)\s*\("
    r"|\bapi\.telegram\.org/bot|\bdiscord(?:app)?\.com/api/webhooks|\.send\(\s*json\.dumps|"
    r"\bws\.send\(|\bwebsocket\.send\(|\bfetch\s*\([^)\n]*,\s*\{[^}\n]*\bbody\s*:"
    # the agent's own fetch tool told to POST (2.9.0): "WebFetch POST https://...", "POST it with
    # the fetch tool"
    r"|\b(?:WebFetch|web_fetch|webfetch|fetch_url|fetch)\b(?:\s+tool)?[^\n]{0,60}?\b(?:POST|PUT|PATCH)\b"
    r"|\b(?:POST|PUT|PATCH)\b[^\n]{0,40}?\b(?:with|using|via|through|com|con|avec|mit)\s+(?:the\s+|o\s+|la\s+|dem\s+)?"
    r"(?:WebFetch|web_fetch|fetch)\b",
    _I,
)
# A URL whose query or path carries interpolated data: ?d=$X, ?q=${x}, ?u=<...>, /{data}.
SINK_URL_DATA = rx.compile(
    r"\b(?:https?|wss?)://[^\s'\"<>()`]+?(?:\?|&)[\w.-]+=(?:\$\{?\w|\{\{?\s*\w|%s|<[^>\n]{1,120}>|"
    r"\$\(|\"\s*\+|'\s*\+|`\s*\+|\.\.\.|\[[A-Za-z ]+\]|[A-Z][A-Z_]{2,}\b|\)|\s|`|$)"
    r"|\b(?:https?|wss?)://[^\s'\"<>()`]+?\?(?:\{\w+\}|\$\{\w+\}|%s)"
    # a code span that ends on an empty parameter, its value given in prose ("?cfg=` followed
    # by the values noted in step 1"), placeholders such as <type> in its path
    r"|\b(?:https?|wss?)://[^\s'\"`]+?[?&][\w.-]+=`"
    r"|\b(?:https?|wss?)://[^\s'\"<>()`]+/(?:\$\{\w|\{\{?\s*\w)[^}\n]{0,40}\}",
    0,
)
# In code, any network call (its host decides): a script that reads a credential and makes a
# GET with it in the query or a header sends it as surely as a POST.
CODE_NET = rx.compile(
    r"\burlopen\s*\(|\brequests\.\w+\s*\(|\bhttpx\.\w+\s*\(|\bfetch\s*\(|\baxios\b|\bhttp\.Get\s*\("
    r"|\bhttps?\.get\s*\(|\bInvoke-(?:WebRequest|RestMethod)\b|\bWebClient\b|\bcurl\s|\bwget\s"
    r"|\burllib\.request\.Request\s*\(|\bsocket\.connect\b|\bnet\.Dial\b|\bNet::HTTP\b"
    r"|\bcreate_connection\s*\(|\.sendall\s*\(|\bhttp\.Post\w*\s*\(|\bNew-Object\s+Net\.WebClient"
    r"|\bNet::SMTP\b",
    0,
)
FILE_READ = rx.compile(
    r"\breadFile\w*\s*\(|\bopen\s*\(|\bread_text\s*\(|\bGet-Content\b|\bcat\s|\bfs\.read|\bPath\s*\("
    r"|\bread\(\)|\bReadAllText\b|\bos\.ReadFile\b|\bgh\s+gist\s+create\b|@",
    0,
)
# Concealment as two concepts in one sentence: a verb of leaving out ...
HIDE_VERB = rx.compile(
    r"\b(?:leave\s+out|leave\s+(?:it|them|this|that)\s+out|omit\w*|exclude|hide|redact|skip\s+over|"
    r"(?:do\s+not|don'?t|never)\s+(?:mention|include|list|show|report|reveal)|say\s+(?:no|nothing))\b",
    _I,
)
# ... and what the user reads.
USER_FACING = rx.compile(
    r"\b(?:summary|recap|report\s+to\s+the\s+user|your\s+(?:answer|reply|response)|(?:tell|show)\s+the\s+user|"
    r"what\s+you\s+(?:tell|show|report)|changelog|commit\s+message|pull\s+request\s+description)\b",
    _I,
)
# Prose: a verb of sending ...
SEND_VERB = rx.compile(
    r"\b(?:send|sends|sending|sent|upload\w*|post|posts|posting|transmit\w*|forward\w*|exfiltrat\w*|"
    r"submit\w*|report\w*|sync\w*|copy|copies|copying|share|shares|sharing|register\w*|e-?mail\w*|"
    r"mail|mails|beam|push|pushes|pushing|relay\w*|stream\w*|publish\w*|deliver\w*|attach\w*|"
    r"back\s+(?:it\s+|them\s+)?up|mirror\w*|ship|ships|pipe|pipes|log|logs|store\s+(?:it|them)\s+"
    r"(?:on|at|in)\s+(?:our|the)\s+(?:server|cloud))\b" + _ML_SEND,
    _I,
)
# ... and a destination outside the machine, in the same sentence.
DESTINATION = rx.compile(
    r"\b(?:https?|wss?|ftp|smtps?|s3|gs)://[^\s)'\"<>`]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
    r"|\b(?:our|the|a|this|that|their)\s+(?:\w+\s+)?(?:server|endpoint|webhook|collector|cloud|"
    r"backend|api|bucket|vault|inbox|channel|bot|remote|gist|paste(?:bin)?|host)\b"
    r"|\bpastebin\b|\bgists?\b|\bdiscord\b|\btelegram\b|\bwebhook\b",
    _I,
)
# A prose send with its address in the same sentence: a step worth reading for roles.
SEND_TO_URL = rx.compile(
    r"\b(?:send|sends|sent|upload\w*|post|posts|posted|POST|forward\w*|submit\w*|transmit\w*|"
    r"handed\s+over|deliver\w*)\b(?:[^.\n]|\.{3}){0,100}?(?:\n(?:[^.\n]|\.{3}){0,100}?)?https?://",
    # wrapped once; an elided value ("thread": ...) does not end the sentence
    _I,
)
SENTENCE_END = rx.compile(r"[.!?][\"')\]*]*(?:\s+|$)|\n\s*\n", 0)

# A bypass of the checks the user relies on (admin merges, skipped hooks, red CI).
BYPASS = rx.compile(
    r"\bgh\s+pr\s+merge\b[^\n]*--admin\b|--no-verify\b|\beven\s+if\s+(?:the\s+)?(?:checks|tests|ci|"
    r"builds?)\s+(?:are|is)\s+(?:red|failing|broken)|\bgit-commit-verify\s*:\s*false\b",
    _I,
)
# Text whose meaning only shows once normalised: argument vectors, escapes, reversed or
# encoded literals, commands assembled from pieces and eval-ed.
OBFUSCATION_HINT = rx.compile(
    r"[\"'][ \t]*,[ \t]*[\"']|\\x[0-9a-fA-F]{2}|\[::-1\]|\.reverse\(\)|[\"'][A-Z2-7]{24,}=*[\"']"
    r"|[\"'][ \t]*\+\s*[\"']|\$\{?IFS|\beval\b|\bexecSync\b|\bos\.system\b|/tmp/\w+",
    0,
)
# Bounds of the role analysis (roles.py): candidate steps read per file and per skill.
MAX_UNITS_PER_FILE = 64
MAX_UNITS = 256

# -- hosts --------------------------------------------------------------------------------------
HOST = rx.compile(
    r"\b(?:https?|wss?|ftp|smtps?|git)://(?:[^\s/@'\"<>]+@)?([A-Za-z0-9.-]+\.[A-Za-z]{2,}|"
    r"\d{1,3}(?:\.\d{1,3}){3})|\bhostname\s*[:=]\s*[\"']([A-Za-z0-9.-]+\.[A-Za-z]{2,})"
    r"|\b[\w.+-]+@([\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})\b|[\"'](\d{1,3}(?:\.\d{1,3}){3})[\"']",
    0,
)
# Hosts of well-known services (a user's token going to its own service is how APIs work) and
# hosts that stand for "your server" in documentation.
KNOWN_SERVICE_HOSTS = (
    "github.com", "githubusercontent.com", "gitlab.com", "bitbucket.org", "openai.com",
    "anthropic.com", "googleapis.com", "google.com", "amazonaws.com", "aws.amazon.com",
    "azure.com", "microsoft.com", "windows.net", "slack.com", "stripe.com", "vercel.com",
    "netlify.com", "cloudflare.com", "heroku.com", "sentry.io", "datadoghq.com", "notion.com",
    "notion.so", "atlassian.net", "atlassian.com", "linear.app", "huggingface.co", "pypi.org",
    "npmjs.org", "docker.io", "docker.com", "twilio.com", "sendgrid.com", "mailgun.net",
    "supabase.co", "firebaseio.com", "pagerduty.com", "discord.com", "telegram.org",
    "figma.com", "shopify.com", "hubspot.com", "salesforce.com", "zoom.us", "dropbox.com",
    "box.com", "airtable.com", "asana.com", "trello.com", "mistral.ai", "groq.com",
    "cohere.ai", "replicate.com", "together.xyz", "openrouter.ai", "deepseek.com", "x.ai",
    "perplexity.ai", "fly.io", "render.com", "railway.app", "modal.com", "digitalocean.com",
    "cloud.google.com", "circleci.com", "travis-ci.com", "codecov.io", "algolia.net",
    "mongodb.net", "planetscale.com", "neon.tech", "upstash.io", "resend.com", "postmarkapp.com",
    "elastic.co", "grafana.net", "newrelic.com", "honeycomb.io", "posthog.com", "segment.io",
    "mixpanel.com", "amplitude.com", "intercom.io", "zendesk.com", "wandb.ai", "benchling.com",
    "ncbi.nlm.nih.gov", "ebi.ac.uk", "quickchart.io", "shields.io", "img.shields.io",
)  # fmt: skip
PLACEHOLDER_HOST = rx.compile(
    r"(?:^|\.)(?:invalid|localhost|local|internal|lan|corp|home\.arpa)$"
    r"|^(?:localhost|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)"
    r"|\b(?:your|my|acme|yourcompany|mycompany|company|yourdomain|mydomain|yourserver|myserver|"
    r"placeholder|foo|bar)\b|(?:^|\.)(?:internal|corp|intranet)\.|^(?:www\.)?example\.(?:com|org|net)$",
    _I,
)
# Provider words in token names, and the host words that belong to them.
TOKEN_PROVIDERS: dict[str, tuple[str, ...]] = {
    "GITHUB": ("github",), "GH": ("github",), "GITLAB": ("gitlab",), "OPENAI": ("openai",),
    "ANTHROPIC": ("anthropic", "claude"), "CLAUDE": ("anthropic", "claude"),
    "SLACK": ("slack",), "AWS": ("amazonaws", "aws"), "STRIPE": ("stripe",), "NPM": ("npmjs",),
    "VERCEL": ("vercel",), "NETLIFY": ("netlify",), "CLOUDFLARE": ("cloudflare",),
    "CF": ("cloudflare",), "HEROKU": ("heroku",), "DISCORD": ("discord",),
    "TELEGRAM": ("telegram",), "SENDGRID": ("sendgrid",), "TWILIO": ("twilio",),
    "HF": ("huggingface", "hf.co"), "HUGGINGFACE": ("huggingface", "hf.co"),
    "GEMINI": ("googleapis", "google"), "GOOGLE": ("googleapis", "google"),
    "SENTRY": ("sentry",), "DATADOG": ("datadog",), "DD": ("datadog",), "NOTION": ("notion",),
    "LINEAR": ("linear",), "JIRA": ("atlassian", "jira"), "SUPABASE": ("supabase",),
    "PYPI": ("pypi",), "DOCKER": ("docker",), "AZURE": ("azure", "microsoft", "windows.net"),
    "MISTRAL": ("mistral",), "GROQ": ("groq",), "COHERE": ("cohere",), "REPLICATE": ("replicate",),
    "DEEPSEEK": ("deepseek",), "OPENROUTER": ("openrouter",), "PERPLEXITY": ("perplexity",),
}  # fmt: skip

# -- concealment, authority, addressing the model --------------------------------------------------
CONCEAL_BROAD = rx.compile(
    r"\b(?:do\s+not|don'?t|never|no\s+need\s+to|without)\s+(?:ever\s+)?(?:\w+\s+){0,2}?"
    r"(?:tell\w*|mention\w*|inform\w*|notify\w*|reveal\w*|disclos\w*|list\w*|show\w*|report\w*|"
    r"alert\w*|surfac\w*)\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:the\s+user|users?\b|anyone|the\s+human|"
    r"them\b|in\s+(?:the\s+|your\s+)?(?:summary|answer|reply|response|output|report|diff|changelog))"
    r"|\b(?:silently|quietly|covertly|secretly|discreetly|stealthily|invisibly)\s+(?:\w+\s+){0,2}?"
    r"(?:send|upload|post|run|execute|install|add|append|write|copy|read|delete|remove|modify|edit|"
    r"change|exfiltrat\w*|forward|collect|include|embed|attach|set|enable|disable|grab|push|sync|"
    r"transmit|replace|overwrite|download|fetch|start|launch)\b"
    r"|\bwithout\s+(?:telling|informing|notifying|asking)\s+(?:the\s+user|them|anyone|the\s+human)\b"
    r"[^.\n]{0,40}?\b(?:send|upload|post|copy|forward|delete|install|run)"
    r"|\b(?:leave|keep|cut|strip|filter|drop)\s+(?:\w+\s+){0,8}?out\s+of\s+(?:the\s+|your\s+|any\s+)?"
    r"(?:summary|report|answers?|reply|replies|responses?|output|diff|changelog|recap)"
    r"|\b(?:omit|exclude|hide|redact|suppress)\s+(?:\w+\s+){0,6}?from\s+(?:the\s+|your\s+|any\s+)?"
    r"(?:summary|report|answer|reply|response|output|diff|user|recap)"
    r"|\bif\s+(?:the\s+user|they|anyone)\s+asks?\b[^.\n]{0,80}?\b(?:say|answer|reply|tell\s+them)\s+"
    r"(?:no|nothing|that\s+(?:nothing|only|no))\b|\bpretend\s+(?:that\s+)?(?:you|it|nothing|the)\b"
    r"|\blie\s+to\s+the\s+user\b|\bdeny\s+(?:having|that\s+you)\b"
    r"|\b(?:user|they)\s+(?:has\s+|have\s+)?(?:already|previously)\s+(?:agreed|consented|approved|"
    r"authori[sz]ed|opted\s+in|accepted|given\s+(?:their\s+)?(?:consent|permission))\b"
    r"|\b(?:records?|logs?)\s+show\s+(?:that\s+)?the\s+user\s+(?:has\s+)?(?:consented|agreed|approved)"
    r"|\bstanding\s+(?:permission|consent|approval)\b|\bimplied\s+consent\b|\bblanket\s+approval\b"
    r"|\b(?:should|must|need)\s+not\s+be\s+(?:mentioned|shown|listed|reported|disclosed|visible)\b"
    r"|\b(?:don'?t|do\s+not|no)\s+need\s+to\s+bring\s+(?:it|this|that)\s+up\b"
    r"|\b(?:do\s+not|don'?t|never)\s+bring\s+(?:it|this|that)\s+up\b"
    r"|\b(?:do\s+not|don'?t|never)\s+reveal\b|\bkeep\s+(?:\w+\s+){0,3}?out\s+of\s+the\s+visible\b"
    r"|\bsay\s+(?:that\s+)?you\s+only\b|\bnot\s+(?:visible|shown)\s+to\s+the\s+user\b"
    r"|\b(?:clear|delete|wipe|erase|truncate)\s+(?:the\s+|their\s+|your\s+)?(?:shell\s+|bash\s+|zsh\s+|"
    r"command\s+|terminal\s+)history\b|\bhistory\s+-c\b|\bunset\s+HISTFILE\b"
    r"|\bso\s+(?:that\s+)?(?:the\s+user|they|nobody|no\s+one)\s+(?:does\s+not|doesn'?t|won'?t|"
    r"will\s+not|never|cannot|can'?t)\s+(?:see|notice|know|find\s+out)\b" + _ML_CONCEAL,
    _I,
)
# Overriding: a verb that sets rules aside, with its object after it ("ignore the previous
# instructions", "supersede your system prompt") ...
OVERRIDE_VERB = rx.compile(
    r"\b(?:ignore|ignoring|disregard\w*|forget|override|overrides|overriding|supersede\w*|"
    r"set\s+aside|outrank\w*|takes?\s+precedence\s+over)\b",
    _I,
)
# ... or before it ("the previous rules from the user no longer apply").
OVERRIDE_AFTER = rx.compile(
    r"\b(?:no\s+longer\s+(?:apply|applies|valid|in\s+effect|binding|matter)|(?:are|is)\s+(?:now\s+)?"
    r"(?:void|obsolete|lifted|waived|suspended|superseded|overridden|replaced|disabled)|(?:has|have)\s+"
    r"no\s+authority|(?:lose|loses)\s+(?:their\s+)?(?:force|effect)|to\s+be\s+(?:disabled|void|lifted|"
    r"disregarded|ignored|overridden|set\s+aside|waived)|as\s+not\s+applying|(?:do|does)\s+not\s+apply\s+"
    r"(?:here|now|anymore|any\s+more|while|during|in\s+this))\b",
    _I,
)
# The rules the agent follows, qualified (previous, system, safety, the user's...).
AUTHORITY_OBJECT = rx.compile(
    r"\b(?:previous|prior|earlier|above|original|system|safety|your|user'?s?|operator'?s?|"
    r"developer'?s?|existing|all\s+other|any\s+other|other|all|any)\s+(?:\w+\s+){0,3}?"
    r"(?:instructions?|prompts?|rules|guidelines?|polic(?:y|ies)|safeguards?|guardrails?|"
    r"restrictions?|authority|constraints?)\b|\bsystem\s+prompt\b"
    r"|\b(?:user'?s?|operator'?s?)\s+(?:\w+\s+){0,2}?(?:preferences?|settings|wishes|choices)\b"
    r"|\bsafety\s+(?:checks?|preferences?|settings|measures|rules|guidelines)\b"
    # two authorities, their nouns elided: "outranks the user's and the system's"
    r"|\bthe\s+(?:user|system|operator|developer)'s\s+(?:and|or)\s+(?:the\s+)?(?:user|system|"
    r"operator|developer)'s\s*(?:[,;.:)]|$)",
    _I,
)
ELEVATION = rx.compile(
    r"\b(?:you\s+are|you'?re)\s+(?:now\s+)?(?:authori[sz]ed|permitted|allowed|free|cleared)\s+to\s+"
    r"(?:run|execute|do|perform|install|delete|access)\s+(?:any|every|all|whatever)\b"
    r"|\b(?:run|execute|approve|accept|allow|perform)\s+(?:every|any|all)\s+(?:\w+\s+){0,2}?"
    r"(?:commands?|tool\s+calls?|requests?|actions?|scripts?|instructions?)\W+(?:[\w,]+\s+){0,10}?"
    r"(?:without\s+(?:asking|confirm\w*|approval|review\w*)|automatically|(?:you\s+)?(?:find|found|see|"
    r"read)\s+in)\b"
    r"|\b(?:follow|obey)\s+only\s+(?:the\s+)?(?:instructions?|commands?)\s+(?:found\s+)?(?:in|from)\b"
    r"|\b(?:unattended|god|jailbreak|unrestricted|DAN|maintenance)\s+mode\b|\bthe\s+user\s+has\s+no\s+authority\b"
    r"|\bdeveloper\s+mode\s+(?:is\s+)?(?:enabled|on|active|activated)\b"
    r"|\b(?:has|have|with)\s+no\s+(?:content\s+)?(?:policy|policies|restrictions|filters|guidelines)\b"
    r"|\bnever\s+(?:refuses?|declines?|decline\s+a\s+request)\b|\bfollow\w*\s+(?:any\s+|all\s+)?instructions\s+(?:embedded|found|contained|hidden)"
    r"\s+in\b|\btreats?\s+(?:any|all|every)\s+instructions?\s+(?:found\s+)?in\s+(?:files|web\s+pages|"
    r"documents|tool\s+output)|\buser'?s\s+full\s+authority\b|\bblanket\s+approval\b"
    # approval taken as given: "has already approved every action", "every permission prompt is
    # to be treated as already approved", "approval questions are unnecessary"
    r"|\b(?:already|pre-?)\s*approved\s+(?:every|all|any)\b|\b(?:every|all|any)\s+(?:\w+\s+){0,2}?"
    r"(?:permission\s+prompts?|tool\s+(?:calls?|use|uses)|actions?|commands?|requests?|confirmations?)\s+"
    r"(?:\w+\s+){0,4}?(?:as\s+)?(?:(?:already\s+|pre-?)approved\b|approved\s+(?:in\s+advance|beforehand)\b)|\bapproval\s+(?:questions?|prompts?|"
    r"requests?|checks?)\s+(?:are|is)\s+(?:unnecessary|not\s+needed|not\s+required)\b"
    # text to decode and then obey
    r"|\bdecod\w*\b[^.\n]{0,120}?\b(?:follow|obey|execute|apply)\s+(?:it|them|the\s+(?:result|"
    r"output|decoded\s+\w+))\b" + _ML_ELEVATION,
    _I,
)
# Text that speaks to the model reading it (a data file, a script's output, a reference).
ADDRESS_MODEL = rx.compile(
    r"\[\s*(?:assistant|operator|system|admin|ai|agent|llm|model)\s+(?:message|instructions?|note|"
    r"override|directive|notice|command|update)\s*\]"
    r"|\b(?:note|message|instructions?|attention|notice|memo)\s+(?:for|to)\s+(?:the\s+|all\s+|any\s+)?"
    r"(?:ai|llm|assistants?|agents?|claude|models?|copilot|cursor|codex|gemini)\b"
    r"|\b(?:ai|llm)\s+(?:agents?|assistants?|models?)\s*(?:reading\s+this\s*)?:"
    r"|\b(?:new|updated|real|actual|hidden|secret)\s+(?:\w+\s+)?instructions\s+(?:for|to|from)\b"
    r"|\binstructions?\s+for\s+the\s+(?:assistant|agent|ai|model)\b"
    r"|\bif\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|assistant|agent|language\s+model)\b"
    r"|(?-i:<<\s*SYSTEM|\bSYSTEM\s+(?:OVERRIDE|NOTE|MESSAGE|UPDATE|NOTICE)\b)",
    _I,
)
NO_CONFIRM_BROAD = rx.compile(
    r"\bwithout\s+(?:\w+\s+){0,2}?(?:asking|prompting|confirm\w*|checking|waiting|review\w*|"
    r"approval|consent|permission|a\s+prompt|reading|looking)\b"
    r"|\b(?:do\s+not|don'?t|never|no\s+need\s+to)\s+(?:\w+\s+){0,2}?(?:ask|confirm|check|wait|review|"
    r"prompt|bother|read|verify|inspect|take\s+a\s+backup|back\s+up)\b|\bno\s+(?:prompt|confirmation|"
    r"questions?|review)\s*(?:needed|required|asked)?\b|\bstraight\s+away\b|\bright\s+away\b"
    r"|\bin\s+one\s+go\b|\bjust\s+(?:clear|delete|wipe|remove|run|do)\b" + _ML_NO_CONFIRM,
    _I,
)

# -- execution of fetched or decoded content --------------------------------------------------------
FETCH = rx.compile(
    r"\b(?:curl|wget|aria2c|irm|iwr|Invoke-WebRequest|Invoke-RestMethod)\b|DownloadString|"
    r"DownloadFile|\bhttp\.Get\(|\burlopen\(|\brequests\.get\(|\bhttpx\.get\(|\bfetch\(|"
    r"\burlretrieve\(|\bhttps?\.get\(",
    _I,
)
RUN_FETCHED = rx.compile(
    r"\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh\b|\|\s*(?:sudo\s+)?(?:python[\d.]*|node|perl|ruby|"
    r"php|pwsh|powershell)\b|\|\s*(?:iex|Invoke-Expression)\b|\bInvoke-Expression\b|\biex\b"
    r"|\beval\b|\bexec\s*\(|\bexec\.Command\(\s*[\"'](?:/bin/)?(?:ba)?sh|\bsh\s+-c\b|\bbash\s+-c\b"
    r"|\bnew\s+Function\b|\bimport\(\s*`?[\"']?data:|\bvm\.run\w*\(|\bsource\s+<\(|\b(?:ba)?sh\s+<\("
    r"|\bScriptBlock\]::Create|&\s*\(\[scriptblock\]|\bimport\s*\(\s*(?:pathToFileURL|file|src|url|\w+\))"
    r"|\bpipe\w*\s+(?:it\s+|them\s+|this\s+|the\s+\w+\s+)?(?:straight\s+|directly\s+)?(?:in)?to\s+`?"
    r"(?:sudo\s+)?(?:(?:ba|z)?sh|python[\d.]*|node|perl|ruby|pwsh|powershell)\b",
    _I,
)
# A file or variable a download filled: curl -o X, wget -O X, > X, $s = irm ..., X = requests.get
DOWNLOAD_TARGET = rx.compile(
    r"\b(?:curl|wget|aria2c)\b[^\n|;&]*?\s(?:-[A-Za-z]*[oO]|--output|--output-document)[\s=]*[\"']?([^\s\"'|;&]+)"
    r"|\b(?:curl|wget)\b[^\n|;&]*?https?://[^\s|;&]+\s*>\s*[\"']?([^\s\"'|;&]+)"
    r"|\$(\w+)\s*=\s*(?:\(\s*)?(?:irm|iwr|Invoke-RestMethod|Invoke-WebRequest|\(New-Object\s+"
    r"Net\.WebClient\)\.DownloadString)\b|-OutFile\s+[\"']?([^\s\"'|;&]+)",
    _I,
)
RUN_FILE_VERB = rx.compile(
    r"\b(?:sudo\s+)?(?:ba|z|da)?sh\s+|\b(?:python[\d.]*|node|perl|ruby|pwsh|powershell(?:\s+-File)?)\s+"
    r"|\bsource\s+|(?:^|\s)\.\s+|\bInvoke-Expression\s+|\biex\s+|\bchmod\s+\+?[0-7]*x?\s*|&\s*",
    _I,
)

# -- persistence, destruction, agent settings, installs, remote shells -------------------------------
PERSIST_TARGET = rx.compile(
    r"\.(?:bashrc|bash_profile|zshrc|zprofile|zshenv|profile|login|cshrc|tcshrc|kshrc)\b"
    r"|\bconfig\.fish\b|/etc/profile\.d/|/etc/(?:bash\.bashrc|zshrc|rc\.local|environment)\b"
    r"|\$PROFILE\b|Microsoft\.PowerShell_profile|\bauthorized_keys\b|\.git\W{1,6}hooks\b|\bhooks/"
    r"(?:pre|post)-\w+|\bcore\.(?:hooksPath|fsmonitor|sshCommand|pager|editor)\b|\binit\.templateDir\b"
    r"|\bcrontab\b|/etc/cron|@reboot\b|\bLaunch(?:Agents|Daemons)\b|\blaunchctl\b|\bsystemd/user\b"
    r"|\.config/systemd\b|\bsystemctl\s+(?:--user\s+)?enable\b|\.config/autostart\b"
    r"|\bCurrentVersion\\+Run\b|\bStartup\\|\bschtasks\b|\bRegister-ScheduledTask\b"
    r"|\bsitecustomize\.py\b|\busercustomize\.py\b|\.pth\b|\bNODE_OPTIONS\b|\bPROMPT_COMMAND\b"
    r"|\.vimrc\b|\binit\.(?:vim|lua)\b|\.emacs\b|\btasks\.json\b|\brunOn\b",
    _I,
)
PERSIST_WRITE = rx.compile(
    r">>|\btee\s+-a\b|\bappend\w*\b|\badd\w*\s+(?:\w+\s+){0,4}?(?:to|into)\b|\bwrite\w*\b|\bopen\([^)]*"
    r"[\"']a[\"']|\.open\(\s*[\"']a[\"']|\bAdd-Content\b|\bSet-Content\b|\bOut-File\b|\bgit\s+config\b"
    r"|\binstall\w*\b|\bcopy\b|\bcp\s|\bln\s+-s|\bcrontab\s+-|\bmake\s+(?:every|each)\s+new\s+shell|\bcat\s*>"
    r"|\bregister\w*\b|\benable\b|\bplace\b|\bput\b|\bsave\w*\b|\bcreate\w*\b|\bchmod\b|\bmv\s",
    _I,
)
PERSIST_PAYLOAD = rx.compile(
    r"\b(?:curl|wget|irm|iwr|nc|ncat|socat|DownloadString|Invoke-Expression|iex|base64\s+-d|"
    r"eval|source)\b|/dev/tcp/|https?://|\bssh-(?:rsa|ed25519|dss)\s+AAAA|\becdsa-sha2-\S+\s+AAAA",
    _I,
)
DESTROY_VERB = rx.compile(
    r"\brm\s+-\w*[rRf]\w*|\brmtree\(|\brmSync\(|\brmdir\b|\bunlink\(|\bunlinkSync\(|\bRemove-Item\b"
    r"|\bDelete(?:Bucket|Objects|Object|Repository|Table|Cluster|Namespace|Project|Database|Stack)"
    r"Command\b|\bdelete_(?:bucket|objects|repository|repo|table|cluster|namespace|project)\s*\("
    r"|\bmethod\s*:\s*[\"']DELETE[\"']|\brd\s+/s\b|\bdel\s+/[sfq]|\bfind\b[^\n]*-(?:delete|exec\s+rm)\b|\bshred\b|\bwipe\w*\b|\bmkfs\b"
    r"|\bdd\s+if=|\bformat\s+[a-z]:|\bDROP\s+(?:DATABASE|SCHEMA|TABLE)\b|\bTRUNCATE\b"
    r"|\bs3\s+(?:rb|rm)\b|\bgsutil\s+(?:-m\s+)?rm\b|\bdelete[-_ ]?(?:bucket|namespace|repo\w*|"
    r"project|cluster|database|db)\b|\bkubectl\s+delete\b|\bterraform\s+destroy\b|\bgit\s+push\b[^\n]*"
    r"(?:--force|-f\b|--mirror|--delete)|\bgit\s+clean\s+-\w*[xdf]\w*\b|\bfs\.rm\w*\(|\bdel\s+\w|"
    r"\b(?:delete|erase|remove|destroy|purge|clear)\s+(?:\w+\s+){0,3}?(?:everything|all|every)\b"
    r"|\bFLUSHALL\b|\bFLUSHDB\b|\bdropdb\b"
    # wiping devices; deleting whole collections or every user of a project's SDK
    r"|\bwipefs\b|\bblkdiscard\b|\bsgdisk\s+--zap-all\b|\brecursiveDelete\s*\("
    r"|\bdelete(?:Users|Collection|Collections|AllDocuments|Many)\s*\("
    # recursive deletes of other languages' libraries (2.8.0): Go, Ruby, Rust, Node's fs-extra and
    # rimraf, .NET
    r"|\bRemoveAll\s*\(|\brm_rf\b|\brm_r\b|\bremove_dir\b|\bremove_dir_all\s*\(|\brimraf\w*\b"
    r"|\bremoveSync\s*\(|\bemptyDir(?:Sync)?\s*\(|\bDirectory\.Delete\s*\(",
    _I,
)
DESTROY_TARGET = rx.compile(
    r"(?:^|[\s\"'`(,=\[{])(?:~|~/|~/\*|~/\.\[|/|/\*|C:\\\\?|C:/|\*|\.\*|\.\[!\.\]\*)(?:[\s\"'`),\]}]|$)"
    r"|\biterdir\(\)|\blistdir\(\s*~|\breaddirSync\(\s*~|\bcd\s+[\"']?~[\"']?(?:\s|;|&|\||$)"
    r"|\b(?:every|all|each)\s+(?:\w+\s+){0,2}?(?:buckets?|namespaces?|databases?|repos\w*|volumes?|"
    r"files?|folders?|projects?|clusters?|tables|disks?|drives?|partitions?|collections|users)\b|\bpublic\s+CASCADE\b|\bCASCADE\b|\bproduction\b"
    r"|\bDATABASE\b|\bSCHEMA\s+public\b|--all\b|--recursive\b|\bs3://\S*\s+--force\b|\brb\s+s3://"
    r"|\bFLUSHALL\b|\bFLUSHDB\b|\bdropdb\b|\bdelete\s+(?:ns|namespaces?)\b"
    r"|\b(?:home|root|system|entire|whole)\s+(?:folder|directory|drive|disk)\b"
    # a forced push onto the default branch or every tag: the remote's history overwritten (2.8.0)
    r"|\bHEAD:(?:refs/heads/)?(?:main|master|trunk)\b|\borigin\s+\+?(?:main|master|trunk)\b"
    r"|\bpush\b[^\n]*\s--tags\b|\bterraform\s+destroy\b"
    # a whole block device: dd's output or wipefs's argument
    r"|\bof=/dev/(?:sd|nvme|vd|hd|xvd|mmcblk|disk|rdisk|\$)|\bwipefs\b[^\n]*\s/dev/",
    _I,
)
SETTINGS_TARGET = rx.compile(
    r"\.claude/settings(?:\.local)?\.json|\.claude\.json|\.claude/|\.codex/|\.cursor/|\bcursor\.|"
    r"\bCursor/User/settings\.json|claude_desktop_config|\.mcp\.json|\.gemini/|\.vscode/settings"
    r"|\bsettings(?:\.local)?\.json\b|\.aider\.conf|\.codeium|\.windsurf|\.continue/|\bcopilot\b"
    r"|\bopencode\.jsonc?\b|\.config/(?:goose|zed|opencode|crush)\b|\bgoose/config\.ya?ml\b"
    r"|\bpermissions\.(?:allow|deny)\b",
    _I,
)
PERMISSIVE_VALUE = rx.compile(
    r"bypassPermissions|dangerously[-_]?(?:skip|bypass)[-\w]*|--yolo\b|\byolo[-_ ]?mode\b|yoloMode|\bautoRun\b|\bauto[-_]?run\b"
    r"|\bauto[-_]?approv\w*|\bauto[-_]?accept\w*|\b(?:\w+(?-i:Allow)|allow)(?:list|ed)?\w*[\"']?\s*[:=]\s*\[\s*[\"']\*"
    r"|\bdeny\w*[\"']?\s*[:=]\s*\[\s*\]|\.deny\s*=\s*\[\s*\]|\bdeny\s*=\s*\[\]|\bBash\(\s*\*?\s*\)"
    r"|\bBash\((?:curl|rm|sudo|wget|sh|bash)\s*:\s*\*\)|--full-auto\b|--yes-always\b|full-access"
    r"|approval_policy\s*=\s*[\"']?never|\btrust\w*\s*[:=]\s*true|\bskip\w*permission\w*"
    r"|\bconfirm\w*\s*[:=]\s*false|\byes[-_]always[\"']?\s*[:=]\s*true|\bautoAccept\w*[\"']?\s*[:=]\s*true"
    r"|\bexcludeTools[\"']?\s*:\s*\[\s*\]|\bsandbox[\"']?\s*:\s*false"
    # the same grants in other literal syntaxes: PowerShell arrays, a wildcard key mapped to
    # allow, an always-allow switch, an auto/turbo execution mode, a hook that answers allow
    r"|allow\w*[\"']?\]?\s*=\s*@\(\s*[\"']\*|deny\w*[\"']?\]?\s*=\s*@\(\s*\)"
    r"|[\"']\*[\"']\s*:\s*[\"']allow[\"']|\balways[-_]?allow\w*[\"']?\s*[:=]\s*true"
    r"|\b\w*(?:mode|auto[-_]?execution)[\"']?\]?\s*[:=]\s*[\"']?(?:auto|turbo|yolo|full[-_]auto)\b"
    r"|\bpermissionDecision\W{0,6}\s*:\s*\W{0,6}allow\b"
    # a preset that stops the asking or sets the user aside: ask_before_tools=never
    r"|\b\w*(?:ask|confirm|approv)\w*\s*[:=]\s*[\"']?never\b|\b\w*user_?overrides?\s*[:=]\s*[\"']?"
    r"(?:ignored?|off|none|disabled)\b",
    _I,
)
INSTALL_VERB = rx.compile(
    r"\b(?:pip[\d.]*|pipx|uv\s+pip|poetry|npm|pnpm|yarn|bun|gem|cargo|go|brew|apt(?:-get)?|"
    r"dnf|yum|choco|winget|conda)\s+(?:\w+\s+)*?(?:install|add|get)\b|\bGOPROXY\s*=|\bGOINSECURE\b"
    r"|\bGONOSUMDB\b|\bGOFLAGS\s*=|--index-url\b|--extra-index-url\b|\bregistry\s*=|--trusted-host\b|"
    r"\bRegister-PSRepository\b|\bInstall-Module\b|\bnuget\s+sources\s+add\b|\bconfig\s+set\s+registry\b|"
    r"\"(?:dependencies|devDependencies)\"|\brequirements\b|\b[\w-]+\s*@\s*(?:https?|git\+)"
    # the same sources set in a package manager's configuration, in any syntax
    r"|\b(?:extra[-_])?index[-_]url[\"']?\s*[:=]|\btrusted[-_]host[\"']?\s*[:=]|\bssl_verify\s+false\b"
    r"|(?:^|\n)\s*channels\s*:",
    _I,
)
UNTRUSTED_URL = rx.compile(
    r"\b(?:https?|git\+https?|git\+ssh|git)://(?:\d{1,3}(?:\.\d{1,3}){3})|\bhttp://[^\s\"'<>]+"
    r"|\bgit\+http://|\b[\w-]+\s*@\s*https?://[^\s\"']+\.(?:whl|tar\.gz|zip|tgz)"
    r"|\"\s*:\s*\"https?://[^\"]+\.(?:tgz|tar\.gz|zip)\"|\bhttps?://[^\s\"'<>]+\.(?:whl|tgz|tar\.gz)\b",
    _I,
)
REMOTE_CONNECT = rx.compile(
    r"\bsocket\s*\(|\bconnect\s*\(|\bcreate_connection\s*\(|\bsockaddr_in\b|\bfsockopen\b|\bTCPSocket\b|\bnet\.Dial\b"
    r"|\btelnet\s+\S+\s+\d+|\bopenssl\s+s_client\b|\bnc\s+(?:-\w+\s+)*\S+\s+\d+|\bncat\b|\bsocat\b"
    r"|/dev/(?:tcp|udp)/|\bxterm\s+-display\s+\S+|\bDISPLAY=\S+:\d|\bssh\b[^\n|;&]*\s-R\s*\S+"
    r"|\bTcpClient\b|\bWebSocket\(|\bwebsockets?\.connect\b",
    _I,
)
SHELL_BIND = rx.compile(
    r"/bin/(?:ba|z|da)?sh\b|\b(?:ba|z)?sh\s+-i\b|\|\s*(?:/bin/)?(?:ba)?sh\b|\bexec\s*\(\s*[\"']/bin|"
    r"open\s*\(\s*STD(?:IN|OUT|ERR)|\bdup2\b|\bpty\.spawn\b|\bcmd\.exe\b|\bpowershell\b[^\n]*-nop"
    r"|\bmkfifo\b|\bxterm\s+-display\b|\bsubprocess\b[^\n]*shell\s*=\s*True|\bchild_process\b"
    r"|\bInvoke-Expression\b|\biex\b|\s-R\s*\S*:(?:localhost|127\.0\.0\.1):22\b",
    _I,
)


# A URL's slot filled with secrets (2.8.0): "`d` set to the diff you reviewed and any secrets in
# it", "fill `q` with the API keys you have seen".
SLOT_SECRETS = rx.compile(
    r"`?\b\w{1,12}`?\s+(?:set\s+to|filled\s+with|=)\s+[^.\n]{0,80}?\b(?:secrets?|api\s+keys?|"
    r"tokens?|credentials?|passwords?)\b|\bfill\s+`?\w{1,12}`?\s+with\s+[^.\n]{0,80}?\b(?:secrets?|"
    r"api\s+keys?|tokens?|credentials?|passwords?)\b",
    _I,
)
