import OpenAI from "openai";

const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  throw new Error("Set OPENAI_API_KEY (it looks like sk-proj-...) in your environment or .env");
}
export const client = new OpenAI({ apiKey });
