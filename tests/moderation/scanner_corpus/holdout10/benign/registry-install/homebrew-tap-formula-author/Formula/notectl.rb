class Notectl < Formula
  desc "Take and search notes from the terminal"
  homepage "https://github.com/example-dev/notectl"
  url "https://github.com/example-dev/notectl/archive/refs/tags/v0.9.0.tar.gz"
  sha256 "3f2a9c1d5b8e7f6a4c3b2a1908f7e6d5c4b3a2918f7e6d5c4b3a2918f7e6d5c4"
  license "MIT"
  head "https://github.com/example-dev/notectl.git", branch: "main"

  depends_on "go" => :build

  def install
    ldflags = "-s -w -X main.version=#{version}"
    system "go", "build", *std_go_args(ldflags:), "./cmd/notectl"
    generate_completions_from_executable(bin/"notectl", "completion")
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/notectl --version")
    (testpath/"notes").mkpath
    system bin/"notectl", "--dir", testpath/"notes", "add", "hello from brew test"
    assert_match "hello from brew test", shell_output("#{bin}/notectl --dir #{testpath}/notes search hello")
  end
end
