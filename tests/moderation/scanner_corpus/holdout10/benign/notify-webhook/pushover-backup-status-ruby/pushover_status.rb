#!/usr/bin/env ruby
# Summarise backup status files and send one Pushover notification.
require "net/http"
require "uri"
require "yaml"
require "time"

STATE = File.expand_path("~/.local/state/backups")
jobs = YAML.load_file(File.join(__dir__, "jobs.yml"))["jobs"]

ok, failed, overdue = [], [], []
jobs.each do |name, spec|
  file = File.join(STATE, "#{name}.status")
  unless File.exist?(file)
    overdue << "#{name}: never ran"
    next
  end
  stamp, state, detail = File.readlines(file).last.strip.split(" ", 3)
  age_h = (Time.now - Time.parse(stamp)) / 3600
  if state != "ok"
    failed << "#{name}: #{detail}"
  elsif age_h > spec["max_age_hours"]
    overdue << "#{name}: #{age_h.round} h ago"
  else
    ok << name
  end
end

message = "#{ok.size} ok · #{failed.size} failed · #{overdue.size} overdue"
details = (failed + overdue).join("\n")
message += "\n#{details}" unless details.empty?

if ARGV.include?("--dry-run")
  puts message
  exit
end

token = ENV.fetch("PUSHOVER_APP_TOKEN") { abort "set PUSHOVER_APP_TOKEN" }
user = ENV.fetch("PUSHOVER_USER_KEY") { abort "set PUSHOVER_USER_KEY" }
res = Net::HTTP.post_form(URI("https://api.pushover.net/1/messages.json"),
                          "token" => token, "user" => user, "title" => "Backups",
                          "message" => message, "priority" => failed.empty? ? "0" : "1")
puts "pushover: #{res.code}"
