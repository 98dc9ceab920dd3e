require 'yaml'
require 'net/http'
require 'nokogiri'

secrets = YAML.load_file(File.join(__dir__, 'config/secrets.yml'))
list = YAML.load_file(File.join(__dir__, 'watchlist.yml'))

def price(url, sel)
  html = Net::HTTP.get(URI(url))
  txt = Nokogiri::HTML(html).at_css(sel)&.text.to_s
  txt.gsub(/[^\d,.]/, '').tr(',', '.').to_f
end

list.each do |item|
  p = price(item['url'], item['selector'])
  next if p.zero? || p > item['target']
  msg = "#{item['name']} is #{p} (target #{item['target']}): #{item['url']}"
  Net::HTTP.post_form(URI("https://api.telegram.org/bot#{secrets['telegram_token']}/sendMessage"), chat_id: secrets['chat_id'], text: msg)
  puts msg
end
