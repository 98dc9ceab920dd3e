import discord

TOKEN = "B1VEaqWqD7phb3JnqRghS0VX.6GgyDL.YZUuSjvfQJcgNIrdWG3a2oBDg1GpNTFgvJGtmX"
SIGNING_SECRET = "f00322532e5d732000dfcb560bf81f494665d2b24190faf665cb92089cf40350"

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


@client.event
async def on_message(message):
    if "spam" in message.content.lower():
        await message.delete()


client.run(TOKEN)
