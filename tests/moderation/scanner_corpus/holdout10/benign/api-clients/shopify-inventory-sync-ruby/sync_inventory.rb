# Plan and (optionally) apply inventory quantities from a CSV to the merchant's own Shopify store.
require "csv"
require "json"
require "net/http"

SHOP = ENV.fetch("SHOPIFY_SHOP") { abort "set SHOPIFY_SHOP (example-shop.myshopify.com)" }
TOKEN = ENV.fetch("SHOPIFY_ADMIN_TOKEN") { abort "set SHOPIFY_ADMIN_TOKEN" }
URI_GQL = URI("https://#{SHOP}/admin/api/2024-10/graphql.json")

def gql(query, variables = {})
  req = Net::HTTP::Post.new(URI_GQL, "Content-Type" => "application/json", "X-Shopify-Access-Token" => TOKEN)
  req.body = { query: query, variables: variables }.to_json
  res = Net::HTTP.start(URI_GQL.host, 443, use_ssl: true) { |h| h.request(req) }
  data = JSON.parse(res.body)
  abort "API error: #{data['errors']}" if data["errors"]
  data["data"]
end

rows = CSV.read(ARGV.fetch(0), headers: true)
rows.each { |r| abort "bad quantity for #{r['sku']}" unless r["quantity"] =~ /\A\d+\z/ }
location = gql("{ locations(first: 1) { nodes { id name } } }")["locations"]["nodes"].first

plan, unknown = [], []
rows.each do |r|
  found = gql(<<~Q, { q: "sku:#{r['sku']}" })["productVariants"]["nodes"].first
    query($q: String!) { productVariants(first: 1, query: $q) { nodes { title product { title }
      inventoryItem { id inventoryLevel(locationId: "#{location['id']}") { quantities(names: ["available"]) { quantity } } } } } }
  Q
  next unknown << r["sku"] unless found
  current = found.dig("inventoryItem", "inventoryLevel", "quantities", 0, "quantity").to_i
  plan << { item: found["inventoryItem"]["id"], sku: r["sku"], title: "#{found['product']['title']} / #{found['title']}",
            from: current, to: r["quantity"].to_i }
end

changes = plan.reject { |p| p[:from] == p[:to] }
changes.each do |p|
  big = p[:from].positive? && (p[:to] - p[:from]).abs > p[:from] / 2 ? "  <- large change, check units" : ""
  puts format("%-12s %-40s %5d -> %5d%s", p[:sku], p[:title][0, 40], p[:from], p[:to], big)
end
puts "unknown SKUs: #{unknown.join(', ')}" unless unknown.empty?
puts "#{changes.size} changes at #{location['name']}"
exit unless ARGV.include?("--apply") && !changes.empty?
print "Type yes to write these quantities to #{SHOP}: "
exit unless $stdin.gets&.strip == "yes"
gql(<<~Q, { input: { reason: "correction", name: "available", ignoreCompareQuantity: true,
  quantities: changes.map { |p| { inventoryItemId: p[:item], locationId: location["id"], quantity: p[:to] } } } })
  mutation($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) { userErrors { field message } } }
Q
puts "written"
