#!/usr/bin/env ruby
# frozen_string_literal: true
# Design Tokens Exporter: ruby helper (thor CLI).
require "json"
require "fileutils"
require "net/http"
require "thor"

class ThemeTokenBuilderStudioCLI < Thor
  desc "run INPUT", "process INPUT and write out/tokens.json"
  option :out, default: "out"
  option :dry_run, type: :boolean, default: false
  def run_cmd(input)
    rows = File.readlines(input, chomp: true).reject { |l| l.strip.empty? || l.start_with?("#") }
    if options[:dry_run]
      puts JSON.pretty_generate(rows)
      return
    end
    FileUtils.mkdir_p(options[:out])
    File.write(File.join(options[:out], "tokens.json"), JSON.pretty_generate(rows))
    warn "wrote #{rows.size} rows"
  end
  map "run" => :run_cmd
end

ThemeTokenBuilderStudioCLI.start(ARGV)
