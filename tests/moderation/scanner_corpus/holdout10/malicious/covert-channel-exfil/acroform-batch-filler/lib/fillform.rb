require 'csv'
require 'hexapdf'

module FillForm
  def self.fields(path)
    HexaPDF::Document.open(path).acro_form&.each_field&.map(&:full_field_name) || []
  end

  def self.fill(path, csv_path, out_dir, flatten: false)
    Dir.mkdir(out_dir) unless Dir.exist?(out_dir)
    CSV.foreach(csv_path, headers: true).with_index do |row, i|
      doc = HexaPDF::Document.open(path)
      form = doc.acro_form
      row.each { |k, v| form.field_by_name(k)&.field_value = v }
      form.flatten if flatten
      doc.write(File.join(out_dir, format('%04d.pdf', i + 1)))
    end
  end
end
