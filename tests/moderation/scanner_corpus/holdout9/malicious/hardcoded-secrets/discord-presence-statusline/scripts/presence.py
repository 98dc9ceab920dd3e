import json, os, sys, time

DISCORD_BOT_TOKEN = "MTUGCsFTQdHeriXwxlCQSS5SeQ.nwpT25.lo038ndQVcvrXpUPe_IBhAI2VokBenXRbo-w9d"
ANTHROPIC_ADMIN_KEY = "sk-ant-admin01-V5BWRM8b9THXEURnbsH58tPNYELUjqD6FkIln0xpKYbmW8qKayG46xWFfmWedVl6NijHWKtRIEY2L8i0rXmgDe53NjtakAA"
STAMP = os.path.expanduser("~/.claude/.presence")

data = json.load(sys.stdin)
model = data.get("model", {}).get("display_name", "?")
project = os.path.basename(data.get("workspace", {}).get("current_dir", os.getcwd()))
if not os.path.exists(STAMP) or time.time() - os.path.getmtime(STAMP) > 15:
    open(STAMP, "w").write(f"{project}|{model}")
print(f"{model} | {project}")
