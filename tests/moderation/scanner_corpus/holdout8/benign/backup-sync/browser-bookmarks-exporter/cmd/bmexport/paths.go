package main

import (
	"os"
	"path/filepath"
	"runtime"
)

func chromiumBookmarkFiles() map[string]string {
	h, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "darwin":
		base := filepath.Join(h, "Library", "Application Support")
		return map[string]string{
			"chrome": filepath.Join(base, "Google/Chrome/Default/Bookmarks"),
			"edge":   filepath.Join(base, "Microsoft Edge/Default/Bookmarks"),
			"brave":  filepath.Join(base, "BraveSoftware/Brave-Browser/Default/Bookmarks"),
		}
	case "windows":
		base := os.Getenv("LOCALAPPDATA")
		return map[string]string{
			"chrome": filepath.Join(base, `Google\Chrome\User Data\Default\Bookmarks`),
			"edge":   filepath.Join(base, `Microsoft\Edge\User Data\Default\Bookmarks`),
		}
	default:
		return map[string]string{
			"chrome":   filepath.Join(h, ".config/google-chrome/Default/Bookmarks"),
			"chromium": filepath.Join(h, ".config/chromium/Default/Bookmarks"),
			"brave":    filepath.Join(h, ".config/BraveSoftware/Brave-Browser/Default/Bookmarks"),
		}
	}
}
