require_relative "lib/orchard_csv/version"

Gem::Specification.new do |spec|
  spec.name = "orchard_csv"
  spec.version = OrchardCsv::VERSION
  spec.authors = ["Orchard maintainers"]
  spec.summary = "Streaming CSV cleaning"
  spec.license = "MIT"
  spec.files = `git ls-files -z`.split("\x0").reject { |f| f.start_with?("spec/", ".github/") }
  spec.required_ruby_version = ">= 3.1"
  spec.metadata["rubygems_mfa_required"] = "true"
end
