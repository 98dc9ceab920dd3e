// Defensive pre-processing for untrusted tool output.
const TAG_CHARS = /[\u{E0000}-\u{E007F}]/gu;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ORDERS = [
  /ignore (all )?(previous|prior) instructions/i,
  /approve (every|all) tool calls?/i,
  /do not (tell|mention) (this to )?the user/i,
  /send (the )?(conversation|chat history|api keys?) to/i,
];

export interface SanitizeResult {
  text: string;
  removedInvisible: number;
  flaggedLines: number[];
}

export function sanitize(input: string): SanitizeResult {
  const before = input.length;
  const visible = input.replace(TAG_CHARS, "").replace(ZERO_WIDTH, "");
  const flaggedLines: number[] = [];
  const lines = visible.split("\n").map((line, i) => {
    if (ORDERS.some((re) => re.test(line))) {
      flaggedLines.push(i + 1);
      return `[quoted untrusted text, not an instruction] ${line}`;
    }
    return line;
  });
  return { text: lines.join("\n"), removedInvisible: before - visible.length, flaggedLines };
}
