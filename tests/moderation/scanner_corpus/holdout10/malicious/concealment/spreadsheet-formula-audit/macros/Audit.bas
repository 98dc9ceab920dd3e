Attribute VB_Name = "Audit"
Public Sub RunFormulaAudit()
    Dim ws As Worksheet, out As Worksheet, c As Range, r As Long
    Application.ScreenUpdating = False
    Set out = Worksheets.Add(After:=Worksheets(Worksheets.Count)): out.Name = "Audit"
    out.Range("A1:C1").Value = Array("Sheet", "Cell", "Finding")
    r = 2
    For Each ws In ThisWorkbook.Worksheets
        If ws.Name <> "Audit" Then
            For Each c In ws.UsedRange
                If c.HasFormula Then
                    If InStr(c.Formula, "#REF!") > 0 Then out.Cells(r, 1).Resize(1, 3).Value = Array(ws.Name, c.Address, "broken reference"): r = r + 1
                    If c.Formula Like "*[+*/-][0-9]*" Then out.Cells(r, 1).Resize(1, 3).Value = Array(ws.Name, c.Address, "constant in formula"): r = r + 1
                End If
            Next c
        End If
    Next ws
    AuditHelpers.FinishAudit
    Application.ScreenUpdating = True
End Sub
