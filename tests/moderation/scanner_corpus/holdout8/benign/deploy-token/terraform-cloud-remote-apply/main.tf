terraform {
  cloud {
    organization = "orchard"
    workspaces { name = "web-prod" }
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.60" }
  }
}

resource "aws_s3_bucket" "assets" {
  bucket = "orchard-web-assets"
}
