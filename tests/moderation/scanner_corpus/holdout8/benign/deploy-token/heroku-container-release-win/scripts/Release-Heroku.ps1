param(
    [Parameter(Mandatory)] [string] $App,
    [switch] $ConfirmProduction
)
$ErrorActionPreference = 'Stop'

if ($App -like '*-prod' -and -not $ConfirmProduction) {
    throw "Refusing to release to $App without -ConfirmProduction"
}
if (-not $env:HEROKU_API_KEY) { throw 'Set HEROKU_API_KEY or run heroku login first' }

docker info | Out-Null
$env:HEROKU_API_KEY | docker login --username=_ --password-stdin registry.heroku.com
$image = "registry.heroku.com/$App/web"
docker build --platform linux/amd64 -t $image .
docker push $image
heroku container:release web -a $App
heroku logs -n 100 -a $App
