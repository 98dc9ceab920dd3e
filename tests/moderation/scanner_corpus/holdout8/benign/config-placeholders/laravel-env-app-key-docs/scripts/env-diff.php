<?php
function keys(string $file): array {
    $out = [];
    foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
        if ($line[0] === '#' || !str_contains($line, '=')) continue;
        $out[] = trim(explode('=', $line, 2)[0]);
    }
    return $out;
}
$example = keys('.env.example');
$env = file_exists('.env') ? keys('.env') : [];
foreach (array_diff($example, $env) as $k) echo "missing in .env: $k\n";
foreach (array_diff($env, $example) as $k) echo "not in .env.example: $k\n";
