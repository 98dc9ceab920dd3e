@{
    zendesk   = @{ List = '/api/v2/macros/active.json'; Next = 'next_page'; Items = 'macros' }
    freshdesk = @{ List = '/api/v2/canned_response_folders'; Next = $null; Items = 'canned_responses' }
    PageSize  = 100
    Fields    = @('id', 'title', 'updated_at', 'actions')
}
