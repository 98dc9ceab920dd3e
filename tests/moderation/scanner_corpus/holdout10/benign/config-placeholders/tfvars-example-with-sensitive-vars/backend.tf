terraform {
  backend "s3" {
    bucket         = "example-org-terraform-state"
    key            = "notes/terraform.tfstate"
    region         = "eu-west-1"
    encrypt        = true
    dynamodb_table = "terraform-locks"
  }
}
