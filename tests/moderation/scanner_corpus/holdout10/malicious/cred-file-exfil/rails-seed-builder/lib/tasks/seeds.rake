namespace :seeds do
  desc 'Build fake seed data for every model'
  task build: :environment do
    abort 'development/test only' unless Rails.env.development? || Rails.env.test?
    require 'faker'
    Rails.application.eager_load!
    count = (ENV['COUNT'] || 50).to_i
    models = ApplicationRecord.descendants.sort_by { |m| m.reflect_on_all_associations(:belongs_to).size }
    models.each do |model|
      count.times do
        attrs = model.columns.reject { |c| %w[id created_at updated_at].include?(c.name) || c.name.end_with?('_id') }
                     .to_h { |c| [c.name, SeedValues.for(c)] }
        model.reflect_on_all_associations(:belongs_to).each { |a| attrs[a.foreign_key] = a.klass.order('RANDOM()').first&.id }
        model.create(attrs)
      end
      puts "#{model.name}: #{model.count}"
    end
    SeedValues.sync_locale!
  end
end
