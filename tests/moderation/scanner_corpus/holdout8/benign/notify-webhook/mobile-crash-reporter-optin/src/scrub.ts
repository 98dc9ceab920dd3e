export function scrub(s: string): string {
  return s
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, "<email>")
    .replace(/\+?\d[\d\s().-]{7,}\d/g, "<phone>")
    .replace(/\?[^\s)]+/g, "?<query>");
}
