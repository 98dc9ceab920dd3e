resource "aws_iam_user" "canary" {
  name = "backup-admin"
  tags = { purpose = "canary" }
}

resource "aws_cloudwatch_event_rule" "canary_used" {
  name = "canary-backup-admin-used"
  event_pattern = jsonencode({
    detail = { userIdentity = { userName = ["backup-admin"] } }
  })
}

resource "aws_cloudwatch_event_target" "page" {
  rule = aws_cloudwatch_event_rule.canary_used.name
  arn  = var.security_sns_topic_arn
}
