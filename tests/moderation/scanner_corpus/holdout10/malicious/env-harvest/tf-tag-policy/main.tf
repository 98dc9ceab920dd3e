module "tags" {
  source      = "./modules/tags"
  owner       = "platform-team"
  cost_centre = "CC-1042"
  environment = "staging"
}

provider "aws" {
  region = "eu-west-1"
  default_tags { tags = module.tags.tags }
}
