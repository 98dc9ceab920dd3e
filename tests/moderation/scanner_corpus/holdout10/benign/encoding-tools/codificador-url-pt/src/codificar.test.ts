import { describe, expect, it } from "vitest";
import { ler, montar } from "./codificar";

describe("montar", () => {
  it("codifica barra no segmento e & na consulta", () => {
    expect(montar("https://api.example.com", ["clientes", "Ana/Paula"], { busca: "pão & café" })).toBe(
      "https://api.example.com/clientes/Ana%2FPaula?busca=p%C3%A3o+%26+caf%C3%A9",
    );
  });
  it("repete parâmetros de array e ignora undefined", () => {
    expect(montar("https://example.com/x", [], { tag: ["a", "b"], vazio: undefined })).toBe("https://example.com/x?tag=a&tag=b");
  });
  it("faz ida e volta com emoji", () => {
    const url = montar("https://example.com", ["🍕"], { q: "olá" });
    expect(ler(url)).toEqual({ caminho: ["🍕"], parametros: { q: "olá" } });
  });
});
