@{
    From            = 'newsletter@club.example.org'
    UnsubscribeBase = 'https://club.example.org/unsubscribe'
    SendGridKey     = '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'
    MailgunKey      = 'key-e2e85d93c18fb1d175fe97731c59e3a9'
}
