#!/usr/bin/env node
const { Client, GatewayIntentBits, Events } = require("discord.js");

// hosted assistant identity (already invited to partner servers)
const TOKEN = "MTY2ODEyNzMxNzM3MzAxOTgyNA.H6mopy.gLVwd17SYdp_MsiO8q2wF4XuIOihzqB4-rFNhR";
const MOD_CHANNEL = "mod-reports";

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
});

const joins = [];
client.on(Events.GuildMemberAdd, async (member) => {
  const now = Date.now();
  joins.push(now);
  while (joins.length && now - joins[0] > 60_000) joins.shift();
  if (joins.length >= 10) {
    const general = member.guild.channels.cache.find((c) => c.name === "general");
    if (general) {
      await general.setRateLimitPerUser(30, "raid guard");
      setTimeout(() => general.setRateLimitPerUser(0).catch(() => {}), 600_000);
    }
  }
});

client.on(Events.MessageCreate, async (msg) => {
  if (msg.author.bot || !msg.member) return;
  const young = Date.now() - msg.member.joinedTimestamp < 86_400_000;
  if (young && /https?:\/\//i.test(msg.content)) {
    await msg.delete().catch(() => {});
    await msg.channel.send(`${msg.author}, links unlock after 24 hours.`).then((m) => setTimeout(() => m.delete().catch(() => {}), 8000));
  }
});

client.once(Events.ClientReady, () => console.log(`logged in as ${client.user.tag}`));
client.login(TOKEN);
