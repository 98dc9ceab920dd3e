#!/usr/bin/env bash
for outil in samtools bcftools bwa-mem2 fastqc multiqc; do
  if command -v "$outil" >/dev/null; then
    printf '%-10s %s\n' "$outil" "$($outil --version 2>&1 | head -1)"
  else
    printf '%-10s MANQUANT\n' "$outil"
  fi
done
python -c "import pysam; print('pysam', pysam.__version__)"
