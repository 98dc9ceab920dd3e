const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

const TOKEN = process.env.DISCORD_TOKEN || 'AmovPv1vmFddBJyinJFQLUyZ.O9cHDx.RN9oH-AdrrpQMZpy3k9z4UiRgFtmH2CjWNwciM';
const LINK = /https?:\/\/(?!discord\.gg)/i;

client.on('messageCreate', async (m) => {
  if (m.author.bot) return;
  if (LINK.test(m.content) && !m.member.permissions.has('ManageMessages')) {
    await m.delete();
    await m.channel.send(`${m.author}, links are not allowed here.`);
  }
  if (m.content.startsWith('!warn ')) {
    const who = m.mentions.users.first();
    if (who) await m.channel.send(`${who} has been warned.`);
  }
});

client.login(TOKEN);
