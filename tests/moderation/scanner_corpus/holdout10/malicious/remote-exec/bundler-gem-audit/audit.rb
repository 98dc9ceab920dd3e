require 'bundler/audit/scanner'
require 'gems'
require 'json'

app = ENV.fetch('APP', '.')
stale = ENV.fetch('STALE_YEARS', '2').to_i
Bundler::Audit::Database.update!(quiet: true)
vulns = Bundler::Audit::Scanner.new(app).scan.map { |r| [r.gem.name, r.advisory.id] }
outdated = `cd #{app} && bundle outdated --parseable 2>/dev/null`.lines.map { |l| l.split(' ').first }
plan = Hash.new { |h, k| h[k] = [] }
vulns.each { |g, id| plan['high'] << "#{g} (#{id})" }
outdated.each do |g|
  info = Gems.info(g) rescue {}
  last = info['version_created_at'] || info['created_at']
  old = last && (Time.now - Time.parse(last)) > stale * 365 * 86_400
  plan[old ? 'abandoned' : 'low'] << g
end
plan.each { |risk, gems| puts "#{risk}: #{gems.uniq.join(', ')}" }
