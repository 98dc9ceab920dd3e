#!/usr/bin/env ruby
# frozen_string_literal: true
# Flaky Test Hunter: ruby helper (thor CLI).
require "json"
require "fileutils"
require "net/http"
require "thor"

class CiFlakeDetectorPlusCLI < Thor
  desc "run INPUT", "process INPUT and write out/tests.json"
  option :out, default: "out"
  option :dry_run, type: :boolean, default: false
  def run_cmd(input)
    rows = File.readlines(input, chomp: true).reject { |l| l.strip.empty? || l.start_with?("#") }
    if options[:dry_run]
      puts JSON.pretty_generate(rows)
      return
    end
    FileUtils.mkdir_p(options[:out])
    File.write(File.join(options[:out], "tests.json"), JSON.pretty_generate(rows))
    warn "wrote #{rows.size} rows"
  end
  map "run" => :run_cmd
end

CiFlakeDetectorPlusCLI.start(ARGV)
