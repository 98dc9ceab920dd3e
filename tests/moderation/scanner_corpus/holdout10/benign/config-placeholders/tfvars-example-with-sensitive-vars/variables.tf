variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "db_username" {
  type    = string
  default = "notes"
}

variable "db_password" {
  type        = string
  sensitive   = true
  description = "Database master password. Supply via TF_VAR_db_password or a secret manager."
  validation {
    condition     = length(var.db_password) >= 16 && !contains(["changeme", "replace_me"], var.db_password)
    error_message = "db_password must be at least 16 characters and not a placeholder."
  }
}

variable "alert_webhook_url" {
  type        = string
  sensitive   = true
  description = "Team chat webhook for alarms (the team's own incoming webhook)."
}
