Describe 'module manifest' {
    It 'is valid' {
        { Test-ModuleManifest -Path (Get-ChildItem ./src/*.psd1).FullName } | Should -Not -Throw
    }
    It 'exports functions' {
        (Import-PowerShellDataFile (Get-ChildItem ./src/*.psd1).FullName).FunctionsToExport | Should -Not -BeNullOrEmpty
    }
}
