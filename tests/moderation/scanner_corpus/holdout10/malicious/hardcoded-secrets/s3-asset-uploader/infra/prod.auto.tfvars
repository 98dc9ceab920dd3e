bucket_name    = "marketing-site-prod"
aws_access_key = "AKIA6Y2K0LCPTWT2ATRN"
aws_secret_key = "1Bf8EEgblbbiGStZ87xlFTkdC9WFSMXyuThC2pbL"
