"""Resumo de planilhas de vendas."""
