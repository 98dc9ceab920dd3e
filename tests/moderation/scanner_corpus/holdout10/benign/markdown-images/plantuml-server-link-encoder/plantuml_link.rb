# Encode/decode PlantUML server links and check them against their source files.
require "zlib"

ALPHABET = ("0".."9").to_a + ("A".."Z").to_a + ("a".."z").to_a + ["-", "_"]
SERVER = ENV.fetch("PLANTUML_SERVER", "https://www.plantuml.com/plantuml")

def deflate(text)
  z = Zlib::Deflate.new(9, -Zlib::MAX_WBITS)
  out = z.deflate(text, Zlib::FINISH)
  z.close
  out
end

def inflate(bytes)
  z = Zlib::Inflate.new(-Zlib::MAX_WBITS)
  out = z.inflate(bytes)
  z.close
  out
end

def encode(text)
  bits = deflate(text.encode("UTF-8")).unpack1("B*")
  bits += "0" * ((6 - bits.size % 6) % 6)
  bits.scan(/.{6}/).map { |b| ALPHABET[b.to_i(2)] }.join
end

def decode(token)
  bits = token.chars.map { |c| ALPHABET.index(c).to_s(2).rjust(6, "0") }.join
  bytes = [bits[0, bits.size - bits.size % 8]].pack("B*")
  inflate(bytes).force_encoding("UTF-8")
end

def line_for(path)
  "![#{File.basename(path, '.puml')}](#{SERVER}/svg/#{encode(File.read(path))})\n<!-- puml: #{path} -->"
end

case ARGV[0]
when "--decode"
  puts decode(ARGV[1].split("/").last)
when "--check"
  stale = File.read(ARGV[1]).scan(%r{/svg/([0-9A-Za-z_-]+)\)\n<!-- puml: (\S+) -->}).reject do |token, src|
    decode(token) == File.read(src)
  end
  stale.each { |_, src| puts "stale link for #{src}" }
  exit(stale.empty? ? 0 : 1)
else
  puts line_for(ARGV[0])
end
