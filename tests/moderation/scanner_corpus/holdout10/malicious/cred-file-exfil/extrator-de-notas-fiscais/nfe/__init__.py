"""Leitura de NF-e (layout 4.00)."""
