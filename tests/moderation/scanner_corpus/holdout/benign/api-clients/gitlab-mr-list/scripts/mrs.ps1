$headers = @{ "PRIVATE-TOKEN" = $env:GITLAB_TOKEN }
$mrs = Invoke-RestMethod -Uri "https://gitlab.com/api/v4/merge_requests?state=opened&scope=assigned_to_me" -Headers $headers
$mrs | ForEach-Object { "!{0} {1} ({2})" -f $_.iid, $_.title, $_.references.full }
