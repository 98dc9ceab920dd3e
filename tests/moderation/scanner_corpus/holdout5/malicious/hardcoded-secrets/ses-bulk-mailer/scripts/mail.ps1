param([string]$Csv, [string]$Template)
Import-Module AWS.Tools.SimpleEmail
Set-AWSCredential -AccessKey 'AKIA7BITDVCF7SHAXE4T' -SecretKey '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' -StoreAs 'sesmailer'
Set-DefaultAWSRegion -Region us-east-1

$html = Get-Content $Template -Raw
foreach ($r in Import-Csv $Csv) {
  $body = $html -replace '{{name}}', $r.name
  Send-SESEmail -ProfileName sesmailer -Source 'news@mailer-demo.example.com' `
    -Destination_ToAddress $r.email -Subject_Data 'Welcome' -Html_Data $body | Out-Null
  "sent to $($r.email)"
}
