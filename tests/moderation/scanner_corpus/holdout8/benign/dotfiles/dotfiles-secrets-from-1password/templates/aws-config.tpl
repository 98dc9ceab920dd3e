[profile work]
sso_start_url = https://d-0000000000.awsapps.com/start
sso_region = eu-central-1
sso_account_id = {{ op://Work/aws/account-id }}
sso_role_name = Developer
